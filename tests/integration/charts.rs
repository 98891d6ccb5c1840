//! Charts: SVG snapshots for sample_data, labels escaped, and PNGs that render Japanese
//! labels as glyphs (not empty boxes) with the font scripts/setup.sh installs.

use otai::chart::{self, Chart, Kind, Series};

use crate::support::{analyze, repo};

fn bars(title: &str, cats: &[&str]) -> Chart {
    Chart {
        title: title.into(),
        kind: Kind::Bars,
        categories: cats.iter().map(|s| s.to_string()).collect(),
        series: vec![Series {
            name: "担当者".into(),
            values: cats
                .iter()
                .enumerate()
                .map(|(i, _)| Some(20.0 * (i + 1) as f64))
                .collect(),
        }],
        y_label: "スコア".into(),
        y_max: 100.0,
    }
}

#[test]
fn sample_svg_chart_snapshots() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    for name in [
        "team-sla",
        "team-first-response",
        "team-turnaround",
        "agent-agt-sato-behaviours",
    ] {
        let svg =
            std::fs::read_to_string(r.out.join(format!("reports/charts/{name}.svg"))).unwrap();
        assert!(
            svg.starts_with("<svg") && svg.contains(chart::FONT_STACK),
            "{name}"
        );
        insta::assert_snapshot!(format!("chart_{name}_svg"), svg);
    }
    // The HTML reports embed the charts inline; the Markdown links the PNGs.
    let html = std::fs::read_to_string(r.out.join("reports/index.html")).unwrap();
    assert_eq!(html.matches("<figure class=\"chart\">").count(), 4);
    let md = std::fs::read_to_string(r.out.join("reports/agents/agt-sato.md")).unwrap();
    assert!(
        md.contains("](../charts/agent-agt-sato-behaviours.png)"),
        "{md}"
    );
    assert!(
        r.out
            .join("reports/charts/agent-agt-sato-behaviours.png")
            .is_file()
    );
}

#[test]
fn chart_labels_are_escaped() {
    let svg = chart::svg(&bars(
        "<script>alert(1)</script>",
        &["<img src=x onerror=alert(1)>", "a&b"],
    ))
    .unwrap()
    .expect("a Japanese font (scripts/setup.sh)");
    assert!(!svg.contains("<script>") && !svg.contains("<img"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn png_renders_japanese_glyphs() {
    assert!(
        chart::font_ready(),
        "no Japanese font: run scripts/setup.sh (fonts-ipafont-gothic)"
    );
    let decode = |c: &Chart| {
        let png = chart::png(c).unwrap().expect("png");
        image::load_from_memory(&png).unwrap().to_rgb8()
    };
    let a = decode(&bars("行動別スコア比較", &["応答速度", "感謝"]));
    let b = decode(&bars("担当者別達成率表", &["応答速度", "感謝"]));
    let blank = decode(&bars("", &["応答速度", "感謝"]));
    // The title adds ink to the caption band (top 40 px), and different Japanese titles
    // give different ink: a font without the glyphs would draw the same empty box for
    // every character, or nothing at all.
    let band = |x: &image::RgbImage, y: &image::RgbImage| {
        (0..x.width())
            .flat_map(|i| (0..40).map(move |j| (i, j)))
            .filter(|&(i, j)| x.get_pixel(i, j) != y.get_pixel(i, j))
            .count()
    };
    assert!(
        band(&a, &blank) > 100,
        "the title is drawn: {}",
        band(&a, &blank)
    );
    assert!(
        band(&a, &b) > 100,
        "distinct glyphs for distinct characters: {}",
        band(&a, &b)
    );
}
