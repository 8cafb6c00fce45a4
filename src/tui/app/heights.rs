//! The wrapped heights of the step on screen, measured by `layout` and kept in the model.

/// The wrapped heights of a step's prompt and guidance at one width. Wrapping is the
/// costly part of drawing a step, and these only change with the step, the width or the
/// guidance toggle: `update` measures them then (`layout::measure`), not every frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepHeights {
    pub key: HeightsKey,
    pub prompt: u16,
    pub guide: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeightsKey {
    pub template_id: String,
    pub step: usize,
    pub width: u16,
    pub show_guidance: bool,
}

impl StepHeights {
    /// Whether these heights were measured for this step, width and guidance toggle.
    pub fn fits(&self, template_id: &str, step: usize, width: u16, show_guidance: bool) -> bool {
        let key = &self.key;
        key.step == step
            && key.width == width
            && key.show_guidance == show_guidance
            && key.template_id == template_id
    }
}
