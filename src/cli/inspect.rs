//! `yusuan inspect`: one page's picture to a file.

use std::path::{Path, PathBuf};

use super::args::LimitArgs;

pub fn inspect(
    file: &Path,
    page: u32,
    output: Option<&Path>,
    dpi: f32,
    limits: &LimitArgs,
) -> Result<u8, String> {
    use yusuan::inspect::{Format, Options, render::RenderOptions};
    let output = output.map_or_else(
        || {
            let stem = file.file_stem().unwrap_or_default().to_string_lossy();
            PathBuf::from(format!("{stem}-p{page}.svg"))
        },
        Path::to_path_buf,
    );
    let format = Format::of(&output).ok_or_else(|| {
        format!(
            "{}: the output must end in .svg, .png or .html",
            output.display()
        )
    })?;
    if !(dpi.is_finite() && (10.0..=600.0).contains(&dpi)) {
        return Err(format!("--dpi {dpi}: between 10 and 600"));
    }
    let opts = Options {
        render: RenderOptions {
            dpi,
            ..RenderOptions::default()
        },
        limits: limits.limits(),
    };
    let made = yusuan::inspect::inspect(file, page, format, &opts)?;
    for w in &made.warnings {
        eprintln!("yusuan: {}: page {page}: {w}", file.display());
    }
    std::fs::write(&output, &made.bytes).map_err(|e| format!("{}: {e}", output.display()))?;
    eprintln!("yusuan: wrote {}", output.display());
    Ok(0)
}
