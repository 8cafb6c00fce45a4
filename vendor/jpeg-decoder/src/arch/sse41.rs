// povestitor (PATCHED.md): the 4x4 inverse DCT (a block decoded at half its size) with SSE4.1,
// four columns, then four rows, at once. The arithmetic is that of
// `idct::dequantize_and_idct_block_4x4`, in the same 32-bit wrapping integers, so the samples
// are bit for bit the same.
#[cfg(target_arch = "x86")]
use std::arch::x86::*;
#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::*;

#[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
#[target_feature(enable = "sse4.1")]
unsafe fn transpose(rows: [__m128i; 4]) -> [__m128i; 4] {
    let [a, b, c, d] = rows;
    let ab_low = _mm_unpacklo_epi32(a, b);
    let ab_high = _mm_unpackhi_epi32(a, b);
    let cd_low = _mm_unpacklo_epi32(c, d);
    let cd_high = _mm_unpackhi_epi32(c, d);
    [
        _mm_unpacklo_epi64(ab_low, cd_low),
        _mm_unpackhi_epi64(ab_low, cd_low),
        _mm_unpacklo_epi64(ab_high, cd_high),
        _mm_unpackhi_epi64(ab_high, cd_high),
    ]
}

#[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
#[target_feature(enable = "sse4.1")]
pub unsafe fn dequantize_and_idct_block_4x4(
    coefficients: &[i16; 64],
    quantization_table: &[u16; 64],
    output_linestride: usize,
    output: &mut [u8],
) {
    // The four rows of four samples written, checked before anything is read.
    let rows = &mut output[..3 * output_linestride + 4];

    // stbi_f2f of 0.541196100, -1.847759065 and 0.765366865.
    let c0 = _mm_set1_epi32(2217);
    let c1 = _mm_set1_epi32(-7567);
    let c2 = _mm_set1_epi32(3135);

    // Dequantized rows 0 to 3 (their first four coefficients), each lane a column.
    let row = |r: usize| {
        let coefficients = _mm_loadl_epi64(coefficients[8 * r..].as_ptr() as *const __m128i);
        let table = _mm_loadl_epi64(quantization_table[8 * r..].as_ptr() as *const __m128i);
        _mm_mullo_epi32(_mm_cvtepi16_epi32(coefficients), _mm_cvtepu16_epi32(table))
    };
    let (s0, s1, s2, s3) = (row(0), row(1), row(2), row(3));

    // Columns: CONST_BITS 12, PASS1_BITS 2.
    let x0 = _mm_slli_epi32(_mm_add_epi32(s0, s2), 2);
    let x2 = _mm_slli_epi32(_mm_sub_epi32(s0, s2), 2);
    let p1 = _mm_mullo_epi32(_mm_add_epi32(s1, s3), c0);
    let round = _mm_set1_epi32(512);
    let t0 = _mm_srai_epi32(
        _mm_add_epi32(_mm_add_epi32(p1, _mm_mullo_epi32(s3, c1)), round),
        10,
    );
    let t2 = _mm_srai_epi32(
        _mm_add_epi32(_mm_add_epi32(p1, _mm_mullo_epi32(s1, c2)), round),
        10,
    );
    let temp = [
        _mm_add_epi32(x0, t2),
        _mm_add_epi32(x2, t0),
        _mm_sub_epi32(x2, t0),
        _mm_sub_epi32(x0, t2),
    ];

    // Rows: each lane a row. FINAL_BITS 17; the rounding and the 128 added before the shift.
    let [s0, s1, s2, s3] = transpose(temp);
    let bias = _mm_set1_epi32((1 << 16) + (128 << 17));
    let x0 = _mm_add_epi32(_mm_slli_epi32(_mm_add_epi32(s0, s2), 12), bias);
    let x2 = _mm_add_epi32(_mm_slli_epi32(_mm_sub_epi32(s0, s2), 12), bias);
    let p1 = _mm_mullo_epi32(_mm_add_epi32(s1, s3), c0);
    let t0 = _mm_add_epi32(p1, _mm_mullo_epi32(s3, c1));
    let t2 = _mm_add_epi32(p1, _mm_mullo_epi32(s1, c2));
    let columns = [
        _mm_srai_epi32(_mm_add_epi32(x0, t2), 17),
        _mm_srai_epi32(_mm_add_epi32(x2, t0), 17),
        _mm_srai_epi32(_mm_sub_epi32(x2, t0), 17),
        _mm_srai_epi32(_mm_sub_epi32(x0, t2), 17),
    ];
    let [r0, r1, r2, r3] = transpose(columns);
    // Saturated to 16 bits, then to 0..=255: the clamp of the scalar version.
    let samples = _mm_packus_epi16(_mm_packs_epi32(r0, r1), _mm_packs_epi32(r2, r3));
    let mut bytes = [0u8; 16];
    _mm_storeu_si128(bytes.as_mut_ptr() as *mut __m128i, samples);
    for (i, samples) in bytes.chunks_exact(4).enumerate() {
        rows[i * output_linestride..][..4].copy_from_slice(samples);
    }
}
