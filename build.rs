//! Embeds the translation overlays (`data/<lang>/*.toml`) that exist at build time.
//!
//! The English files are listed in `src/model/load.rs` and embedded with `include_str!`; the
//! overlay directories may not exist yet (an edition is added by creating its directory), and
//! `include_str!` cannot name a file that may be missing, so this script lists what is there.

use std::fmt::Write as _;
use std::path::Path;

/// The editions whose overlays are embedded: `model::EDITIONS` (a unit test in
/// `src/model/overlay` keeps the two equal).
const EDITIONS: &[&str] = &["ja", "ru"];

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    // A directory: Cargo looks at every file under it, so a new overlay file or directory
    // re-runs this script.
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build.rs");
    let mut dirs = String::new();
    let mut files = String::new();
    for lang in EDITIONS {
        let dir = data.join(lang);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        writeln!(dirs, "    {lang:?},").unwrap();
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            writeln!(
                files,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let code = format!(
        "/// The editions this script looks for.\n\
         #[cfg(test)]\n\
         pub const BUILD_EDITIONS: &[&str] = &{EDITIONS:?};\n\n\
         /// The editions with an overlay directory at build time.\n\
         pub const EMBEDDED_EDITION_DIRS: &[&str] = &[\n{dirs}];\n\n\
         /// `(lang, file name, text)` of every overlay file at build time.\n\
         pub const EMBEDDED_OVERLAYS: &[(&str, &str, &str)] = &[\n{files}];\n"
    );
    std::fs::write(Path::new(&out).join("overlays.rs"), code).expect("write overlays.rs");
}
