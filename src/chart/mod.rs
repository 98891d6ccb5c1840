//! Charts (plotters), generic over the drawing backend: the same code draws an SVG (for
//! the HTML reports, text escaped by plotters, a CSS font stack browsers have) and a PNG
//! (for Markdown and print, rendered with a Japanese font so labels never become boxes).
//!
//! The font (text layout for both, glyphs for PNG): `OTAI_FONT`, else Debian's IPA Gothic
//! (fonts-ipafont-gothic, installed by scripts/setup.sh) or another Japanese TTF; without
//! one, charts are left out of the reports (with a note in them) instead of failing the run.

use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;

/// The font family for every label: browsers pick the first they have; for PNG the
/// Japanese font is registered under this same name.
pub const FONT_STACK: &str =
    "Noto Sans CJK JP, Hiragino Sans, Yu Gothic, Meiryo, IPAGothic, sans-serif";

const WIDTH: u32 = 820;
const HEIGHT: u32 = 400;
const PALETTE: [RGBColor; 6] = [
    RGBColor(36, 68, 102),
    RGBColor(230, 126, 34),
    RGBColor(39, 174, 96),
    RGBColor(142, 68, 173),
    RGBColor(192, 57, 43),
    RGBColor(127, 140, 141),
];

/// Files tried for the PNG font, in order.
pub const FONT_CANDIDATES: &[&str] = &[
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
];

/// Registers the Japanese font for bitmap rendering, once. Returns false when none exists.
pub fn font_ready() -> bool {
    static READY: OnceLock<bool> = OnceLock::new();
    *READY.get_or_init(|| {
        let env = std::env::var("OTAI_FONT").ok();
        let candidates = env
            .iter()
            .map(String::as_str)
            .chain(FONT_CANDIDATES.iter().copied());
        for path in candidates {
            if let Ok(bytes) = std::fs::read(path) {
                // The registry wants 'static bytes; the font lives as long as the process.
                let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
                if plotters::style::register_font(FONT_STACK, FontStyle::Normal, bytes).is_ok() {
                    return true;
                }
            }
        }
        false
    })
}

/// One named series of values (one per category or x position).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// What to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Grouped bars: one group per category, one bar per series.
    Bars,
    /// One line per series over the categories (e.g. ISO weeks).
    Lines,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    pub kind: Kind,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub y_label: String,
    pub y_max: f64,
}

fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    chart: &Chart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let n = chart.categories.len().max(1);
    let mut builder = ChartBuilder::on(&root);
    builder
        .caption(&chart.title, (FONT_STACK, 20))
        .margin(12)
        .x_label_area_size(56)
        .y_label_area_size(64);
    // Category i is centred on x = i, so the mesh's integer ticks carry the names.
    let y_top = chart.y_max.max(1.0) * 1.08;
    let mut ctx = builder.build_cartesian_2d(-0.5f64..n as f64 - 0.5, 0f64..y_top)?;
    let cats = chart.categories.clone();
    ctx.configure_mesh()
        .disable_x_mesh()
        .x_labels(n)
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 0.01 && i >= 0.0 {
                cats.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_desc(chart.y_label.as_str())
        .label_style((FONT_STACK, 15))
        .axis_desc_style((FONT_STACK, 15))
        .draw()?;
    let k = chart.series.len().max(1) as f64;
    for (j, s) in chart.series.iter().enumerate() {
        let color = PALETTE[j % PALETTE.len()];
        match chart.kind {
            Kind::Bars => {
                let width = 0.8 / k;
                let bars = s.values.iter().enumerate().filter_map(|(i, v)| {
                    let x0 = i as f64 - 0.4 + j as f64 * width;
                    v.map(|v| Rectangle::new([(x0, 0.0), (x0 + width * 0.92, v)], color.filled()))
                });
                ctx.draw_series(bars)?
                    .label(s.name.as_str())
                    .legend(move |(x, y)| {
                        Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled())
                    });
            }
            Kind::Lines => {
                // A week without data is a gap in the line, not a straight bridge: each
                // run of consecutive weeks is its own segment; every real point is drawn.
                let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
                for (i, v) in s.values.iter().enumerate() {
                    match v {
                        Some(v) => runs.last_mut().expect("one run").push((i as f64, *v)),
                        None if runs.last().is_some_and(|r| !r.is_empty()) => runs.push(Vec::new()),
                        None => {}
                    }
                }
                let points: Vec<(f64, f64)> = runs.iter().flatten().copied().collect();
                ctx.draw_series(points.iter().map(|&p| Circle::new(p, 4, color.filled())))?
                    .label(s.name.as_str())
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 12, y)], color.stroke_width(2))
                    });
                for run in runs.into_iter().filter(|r| r.len() > 1) {
                    ctx.draw_series(LineSeries::new(run, color.stroke_width(2)))?;
                }
            }
        }
    }
    if chart.series.len() > 1 || chart.kind == Kind::Lines {
        ctx.configure_series_labels()
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK.mix(0.3))
            .label_font((FONT_STACK, 14))
            .position(SeriesLabelPosition::UpperRight)
            .draw()?;
    }
    root.present()
}

/// The chart as an SVG document (text escaped by plotters), or None when no font is
/// available to lay out its text (see `font_ready`).
pub fn svg(chart: &Chart) -> anyhow::Result<Option<String>> {
    if !font_ready() {
        return Ok(None);
    }
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        draw(root, chart).map_err(|e| anyhow::anyhow!("drawing {}: {e}", chart.title))?;
    }
    Ok(Some(out))
}

/// The chart as PNG bytes, or None when no Japanese font is available.
pub fn png(chart: &Chart) -> anyhow::Result<Option<Vec<u8>>> {
    if !font_ready() {
        return Ok(None);
    }
    let mut rgb = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, HEIGHT)).into_drawing_area();
        draw(root, chart).map_err(|e| anyhow::anyhow!("drawing {}: {e}", chart.title))?;
    }
    let img = image::RgbImage::from_raw(WIDTH, HEIGHT, rgb)
        .ok_or_else(|| anyhow::anyhow!("bitmap size"))?;
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img).write_to(&mut bytes, image::ImageOutputFormat::Png)?;
    Ok(Some(bytes.into_inner()))
}
