//! A camera JPEG's own Y, Cb, Cr planes, as its decoder left them, read turned upright by the
//! JPEG encoder ([`encode_planes`]): the colours at the resolution the file keeps them,
//! neither upsampled nor interleaved into one picture first. A quarter turn reads the
//! planes' columns 64 at a time, each copied as the plane lies and turned in that small copy.

use std::cell::Cell;

use image::metadata::Orientation;
use jpeg_encoder::{Encoder, EncodingError, ImageBuffer, JpegColorType};

use super::upright::Turn;

/// Whether a `width`×`height` picture turned by `orientation` keeps each pair of pixels
/// that share a chroma sample together: a mirror of an odd side moves every pair by one
/// pixel, so a sample read for the pair would be half a sample off (those take the
/// decoded pixels' way, whose colours are spread out to every pixel first).
pub(super) fn keeps_pairs(width: u32, height: u32, orientation: Orientation) -> bool {
    let turn = Turn::of(orientation);
    // Which stored sides are read from their far end.
    let (mirrors_width, mirrors_height) = if turn.transposed {
        (turn.from_far_end, turn.backwards)
    } else {
        (turn.backwards, turn.from_far_end)
    };
    let odd_mirrored = (mirrors_width && width % 2 == 1) || (mirrors_height && height % 2 == 1);
    !odd_mirrored
}

/// A camera JPEG's Y, Cb, Cr as its decoder left them (`jpeg_decoder::Plane`s): the colours
/// at full, half or a quarter of the resolution, never upsampled nor interleaved into one
/// picture (for a phone photo at 2,000 px, 9 MB and a tenth of the time it takes to
/// prepare saved). Checked once when made, so reading any pixel stays within the planes.
pub(super) struct Planes {
    /// Luma, then the two chroma planes.
    planes: [jpeg_decoder::Plane; 3],
    /// For each plane, log₂ of how many pixels share one of its samples, across and down:
    /// 0 or 1 (a chroma plane at half the resolution on that side).
    shifts: [(u32, u32); 3],
    /// The stored picture's size.
    width: usize,
    height: usize,
}

impl Planes {
    /// The planes of a `width`×`height` picture; `None` unless they are three (luma at the
    /// full resolution, each chroma plane at full or half of it on each side) and hold all
    /// the samples the picture needs.
    pub(super) fn new(planes: Vec<jpeg_decoder::Plane>, width: u32, height: u32) -> Option<Planes> {
        let planes: [jpeg_decoder::Plane; 3] = planes.try_into().ok()?;
        let (width, height) = (usize::try_from(width).ok()?, usize::try_from(height).ok()?);
        if width == 0 || height == 0 || u16::try_from(width.max(height)).is_err() {
            return None;
        }
        let most = |side: fn(&jpeg_decoder::Plane) -> u8| planes.iter().map(side).max();
        let (most_across, most_down) = (most(|p| p.sampling.0)?, most(|p| p.sampling.1)?);
        let shift = |most: u8, own: u8| match (own.checked_mul(2), own) {
            (_, own) if own == most => Some(0),
            (Some(double), _) if double == most => Some(1),
            _ => None,
        };
        let mut shifts = [(0, 0); 3];
        for (index, (plane, shifts)) in planes.iter().zip(&mut shifts).enumerate() {
            let across = shift(most_across, plane.sampling.0)?;
            let down = shift(most_down, plane.sampling.1)?;
            // Luma holds every pixel.
            if index == 0 && (across, down) != (0, 0) {
                return None;
            }
            let needed_width = (width - 1) >> across;
            let needed_height = (height - 1) >> down;
            let enough = plane.width > needed_width
                && plane.height > needed_height
                && plane.stride >= plane.width
                && plane
                    .stride
                    .checked_mul(plane.height)
                    .is_some_and(|bytes| plane.data.len() >= bytes);
            if !enough {
                return None;
            }
            *shifts = (across, down);
        }
        Some(Planes {
            planes,
            shifts,
            width,
            height,
        })
    }

    /// The stored picture's width and height.
    pub(super) fn size(&self) -> (u32, u32) {
        // Both fit a u16 (checked when made).
        let side = |side| u32::try_from(side).unwrap_or(u32::MAX);
        (side(self.width), side(self.height))
    }
}

/// `planes` turned by `orientation`, written to `out` as a JPEG of `quality` by `encoder`'s
/// defaults (colours at half the resolution).
pub(super) fn encode_planes(
    planes: &Planes,
    orientation: Orientation,
    quality: u8,
    out: &mut Vec<u8>,
) -> Result<(), EncodingError> {
    Encoder::new(out, quality).encode_image(UprightPlanes {
        planes,
        turn: Turn::of(orientation),
        band: Cell::default(),
    })
}

/// [`Planes`] read by the encoder as the upright picture, each pixel's colour the chroma
/// sample it was stored with.
struct UprightPlanes<'a> {
    planes: &'a Planes,
    turn: Turn,
    /// When transposed: the first upright row of the band of stored columns copied, and for
    /// each plane its copy ([`Columns`]); `None` before the first.
    band: Cell<Option<(usize, [Columns; 3])>>,
}

/// A few neighbouring columns of one plane, each copied top to bottom as one run: the
/// rows of the upright picture they make.
#[derive(Default)]
struct Columns {
    /// The plane's first column copied.
    first: usize,
    /// The length of each run: the plane's rows the picture needs.
    length: usize,
    /// The runs, one after another.
    samples: Vec<u8>,
    /// The columns as the plane lies, row after row: the runs are made from this copy.
    rows: Vec<u8>,
}

impl ImageBuffer for UprightPlanes<'_> {
    fn get_jpeg_color_type(&self) -> JpegColorType {
        JpegColorType::Ycbcr
    }

    fn width(&self) -> u16 {
        let (width, height) = (self.planes.width, self.planes.height);
        let side = if self.turn.transposed { height } else { width };
        u16::try_from(side).unwrap_or(u16::MAX)
    }

    fn height(&self) -> u16 {
        let (width, height) = (self.planes.width, self.planes.height);
        let side = if self.turn.transposed { width } else { height };
        u16::try_from(side).unwrap_or(u16::MAX)
    }

    fn fill_buffers(&self, y: u16, buffers: &mut [Vec<u8>; 4]) {
        let Planes {
            planes,
            shifts,
            width,
            height,
        } = self.planes;
        let (width, height) = (*width, *height);
        let y = usize::from(y);
        let [luma, blue, red, _] = buffers;
        let outputs = [luma, blue, red];
        if !self.turn.transposed {
            let row = if self.turn.from_far_end {
                (height - 1).saturating_sub(y)
            } else {
                y.min(height - 1)
            };
            for ((plane, &(across, down)), out) in planes.iter().zip(shifts).zip(outputs) {
                let start = (row >> down) * plane.stride;
                let samples = plane
                    .data
                    .get(start..start + ((width - 1) >> across) + 1)
                    .unwrap_or_default();
                spread(samples, across, self.turn.backwards, width, out);
            }
            return;
        }
        // The upright picture has as many rows as the stored one has columns.
        let y = y.min(width - 1);
        let first = y - y % PLANE_BAND;
        let count = PLANE_BAND.min(width - first);
        let band = match self.band.take() {
            Some((start, band)) if start == first => band,
            band => {
                // Stored columns `column..column + count` make upright rows `first..`.
                let column = if self.turn.from_far_end {
                    width - first - count
                } else {
                    first
                };
                let mut copies = band.map(|(_, copies)| copies).unwrap_or_default();
                for ((plane, &(across, down)), copy) in planes.iter().zip(shifts).zip(&mut copies) {
                    copy_columns(plane, (across, down), column, count, height, copy);
                }
                copies
            }
        };
        let stored = if self.turn.from_far_end {
            width - 1 - y
        } else {
            y
        };
        for ((copy, &(across, down)), out) in band.iter().zip(shifts).zip(outputs) {
            let start = ((stored >> across) - copy.first) * copy.length;
            let samples = copy
                .samples
                .get(start..start + copy.length)
                .unwrap_or_default();
            spread(samples, down, self.turn.backwards, height, out);
        }
        self.band.set(Some((first, band)));
    }
}

/// Copies the columns of `plane` (sampled at `shifts`) that stored columns
/// `column..column + count` of a picture `height` rows high take their samples from, each
/// as one run, top to bottom: each row's few samples copied first, as the plane lies in
/// memory, then turned into runs in that small copy (a sample at a time across the whole
/// plane is several times slower: a row apart in memory is a cache line apart).
fn copy_columns(
    plane: &jpeg_decoder::Plane,
    (across, down): (u32, u32),
    column: usize,
    count: usize,
    height: usize,
    copy: &mut Columns,
) {
    copy.first = column >> across;
    let columns = ((column + count - 1) >> across) + 1 - copy.first;
    copy.length = ((height - 1) >> down) + 1;
    let length = copy.length;
    copy.rows.clear();
    for samples in plane.data.chunks(plane.stride).take(length) {
        let wanted = samples
            .get(copy.first..copy.first + columns)
            .unwrap_or_default();
        copy.rows.extend_from_slice(wanted);
        copy.rows
            .resize(copy.rows.len() + columns - wanted.len(), 0);
    }
    copy.rows.resize(columns * length, 0);
    copy.samples.clear();
    copy.samples.resize(columns * length, 0);
    for (index, run) in copy.samples.chunks_exact_mut(length).enumerate() {
        for (to, row) in run.iter_mut().zip(copy.rows.chunks_exact(columns)) {
            *to = row.get(index).copied().unwrap_or_default();
        }
    }
}

/// Appends `count` pixels to `out`: `samples` each repeated `1 << shift` times (once, or
/// twice for a chroma plane at half the resolution on that side); when `backwards`, the
/// last pixel first (the first sample's pixels at the end).
fn spread(samples: &[u8], shift: u32, backwards: bool, count: usize, out: &mut Vec<u8>) {
    let start = out.len();
    if shift == 0 {
        let samples = samples.get(..count).unwrap_or(samples);
        if backwards {
            out.extend(samples.iter().rev());
        } else {
            out.extend_from_slice(samples);
        }
        out.resize(start + count, 0);
        return;
    }
    out.resize(start + count, 0);
    let out = &mut out[start..];
    let mut samples = samples.iter();
    if backwards {
        let mut pairs = out.rchunks_exact_mut(2);
        for (pair, &sample) in (&mut pairs).zip(&mut samples) {
            pair.fill(sample);
        }
        if let ([first], Some(&sample)) = (pairs.into_remainder(), samples.next()) {
            *first = sample;
        }
    } else {
        let mut pairs = out.chunks_exact_mut(2);
        for (pair, &sample) in (&mut pairs).zip(&mut samples) {
            pair.fill(sample);
        }
        if let ([last], Some(&sample)) = (pairs.into_remainder(), samples.next()) {
            *last = sample;
        }
    }
}

/// How many stored columns of [`Planes`] are copied together when the picture is
/// transposed: a row of 64 luma samples is a cache line's worth, so each line of a plane
/// is fetched about once (four block rows of 16 upright rows each).
const PLANE_BAND: usize = 64;

#[cfg(test)]
mod tests {
    use super::super::upright::turned_size;
    use super::*;
    use image::{DynamicImage, RgbImage};

    /// The rows the encoder reads from `planes` turned by `orientation`, as one picture of
    /// Y, Cb, Cr.
    fn read_planes(planes: &Planes, orientation: Orientation) -> RgbImage {
        let upright = UprightPlanes {
            planes,
            turn: Turn::of(orientation),
            band: Cell::default(),
        };
        let (width, height) = (u32::from(upright.width()), u32::from(upright.height()));
        let (stored_width, stored_height) = planes.size();
        assert_eq!(
            (width, height),
            turned_size(stored_width, stored_height, orientation)
        );
        let mut buffers: [Vec<u8>; 4] = Default::default();
        for y in 0..upright.height() {
            upright.fill_buffers(y, &mut buffers);
        }
        let [y, cb, cr, _] = &buffers;
        let raw = (0..y.len()).flat_map(|i| [y[i], cb[i], cr[i]]).collect();
        RgbImage::from_raw(width, height, raw).unwrap()
    }

    /// A plane of `width`×`height` samples in rows padded to `width + 3` bytes and two rows
    /// more (as a decoder pads them to whole blocks), each sample different from its
    /// neighbours, the padding 0.
    fn plane(seed: usize, width: usize, height: usize, sampling: (u8, u8)) -> jpeg_decoder::Plane {
        let stride = width + 3;
        let data = (0..stride * (height + 2))
            .map(|i| {
                let (x, y) = (i % stride, i / stride);
                if x < width && y < height {
                    (x * 7 + y * 13 + seed * 41) as u8 | 1
                } else {
                    0
                }
            })
            .collect();
        jpeg_decoder::Plane {
            data,
            width,
            height,
            stride,
            sampling,
        }
    }

    /// Each upright pixel is its own luma and the chroma samples stored for it (at half its
    /// position on a side where the colours are at half the resolution), exactly as the image
    /// crate turns the picture with its colours spread out: 4:2:0, 4:2:2, 4:4:0 and 4:4:4,
    /// odd sides, sides narrower than the band of 64 columns copied together and one over
    /// two of them, one pixel, padded rows.
    #[test]
    fn the_planes_read_are_those_of_the_turned_picture() {
        for (width, height) in [(37, 21), (5, 40), (16, 3), (1, 1), (2, 33), (151, 9)] {
            for (across, down) in [(1, 1), (1, 0), (0, 1), (0, 0)] {
                let chroma = |seed| {
                    plane(
                        seed,
                        ((width - 1) >> across) + 1,
                        ((height - 1) >> down) + 1,
                        (1, 1),
                    )
                };
                let planes = vec![
                    plane(0, width, height, (1 << across, 1 << down)),
                    chroma(1),
                    chroma(2),
                ];
                let stored = RgbImage::from_fn(width as u32, height as u32, |x, y| {
                    let (x, y) = (x as usize, y as usize);
                    let at = |plane: &jpeg_decoder::Plane, x: usize, y: usize| {
                        plane.data[y * plane.stride + x]
                    };
                    image::Rgb([
                        at(&planes[0], x, y),
                        at(&planes[1], x >> across, y >> down),
                        at(&planes[2], x >> across, y >> down),
                    ])
                });
                let planes = Planes::new(planes, width as u32, height as u32).unwrap();
                for exif in 1..=8 {
                    let orientation = Orientation::from_exif(exif).unwrap();
                    let mut expected = DynamicImage::from(stored.clone());
                    expected.apply_orientation(orientation);
                    assert_eq!(
                        read_planes(&planes, orientation),
                        expected.into_rgb8(),
                        "{width}×{height}, chroma shifted by {across}, {down}, orientation {exif}"
                    );
                }
            }
        }
    }

    /// Planes that are not a camera's usual three are refused (the photo then takes the
    /// decoded pixels' way), never read out of their bounds.
    #[test]
    fn planes_laid_out_unusually_are_refused() {
        let camera = || {
            vec![
                plane(0, 10, 9, (2, 2)),
                plane(1, 5, 5, (1, 1)),
                plane(2, 5, 5, (1, 1)),
            ]
        };
        assert!(Planes::new(camera(), 10, 9).is_some());
        // Grey, or a fourth plane (CMYK).
        assert!(Planes::new(vec![plane(0, 10, 9, (1, 1))], 10, 9).is_none());
        let mut four = camera();
        four.push(plane(3, 10, 9, (2, 2)));
        assert!(Planes::new(four, 10, 9).is_none());
        // Colours at a quarter of the resolution across (4:1:1).
        let mut quarter = camera();
        quarter[0].sampling = (4, 2);
        assert!(Planes::new(quarter, 10, 9).is_none());
        // Luma at lower resolution than a chroma plane.
        let mut luma_less = camera();
        luma_less[1].sampling = (2, 2);
        luma_less[0].sampling = (1, 1);
        assert!(Planes::new(luma_less, 10, 9).is_none());
        // A picture larger than its planes, or none at all.
        assert!(Planes::new(camera(), 11, 9).is_none());
        assert!(Planes::new(camera(), 10, 11).is_none());
        assert!(Planes::new(camera(), 0, 9).is_none());
        // Rows longer than their stride; samples missing at the end.
        let mut narrow = camera();
        narrow[2].stride = 4;
        assert!(Planes::new(narrow, 10, 9).is_none());
        let mut short = camera();
        short[1].data.truncate(5 * 8 - 1);
        assert!(Planes::new(short, 10, 9).is_none());
    }
}
