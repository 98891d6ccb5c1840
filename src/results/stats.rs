//! The one median, percentile and mean: the agents table, the conversation latencies and
//! the reports all use these, so the same figure never comes out two ways.

/// The median: the middle value, or the midpoint of the two middle values. Values that
/// are not finite are ignored; None when nothing is left.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Nearest-rank percentile (`p` in 0–100): a value that occurred.
pub fn percentile(values: &[f64], p: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
    Some(v[rank.min(v.len()) - 1])
}

/// The arithmetic mean; None for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// `v` rounded to 1/`scale` (scale 10: one decimal).
pub fn round(v: f64, scale: f64) -> f64 {
    (v * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_median_for_everything() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[1.0, 3.0]), Some(2.0));
        assert_eq!(median(&[1.0, f64::NAN, 3.0, 10.0]), Some(3.0));
        assert_eq!(median(&[]), None);
        assert_eq!(
            percentile(&[1., 2., 3., 4., 5., 6., 7., 8., 9., 10.], 90.0),
            Some(9.0)
        );
        assert_eq!(percentile(&[5.0], 90.0), Some(5.0));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(mean(&[1.0, 2.0]), Some(1.5));
        assert_eq!(round(0.6666, 1000.0), 0.667);
    }
}
