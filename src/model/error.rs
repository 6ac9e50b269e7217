//! Problems found in data files, written for the person who edits them.

use std::fmt;
use std::ops::Range;

/// One problem in one data file, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DataError {
    /// The file as the editor knows it, e.g. `data/events.toml`.
    pub file: String,
    /// 1-based line and column; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: error: {}", self.file, self.message)?;
        } else {
            write!(
                f,
                "{}:{}:{}: error: {}",
                self.file, self.line, self.column, self.message
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem found in one load: the loader reports them all at once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        let n = self.0.len();
        write!(
            f,
            "{n} error{} in the briefing data",
            if n == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for DataErrors {}

/// A data file's text, with what is needed to turn byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub path: String,
    pub text: String,
}

impl TextFile {
    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(&self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// An error pointing at `span` in this file.
    pub fn error(
        &self,
        span: Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) -> DataError {
        let (line, column) = self.line_col(span.start);
        DataError {
            file: self.path.clone(),
            line,
            column,
            message: message.into(),
            help,
        }
    }

    /// An error about the file as a whole.
    pub fn whole_file_error(
        path: &str,
        message: impl Into<String>,
        help: Option<String>,
    ) -> DataError {
        DataError {
            file: path.to_owned(),
            line: 0,
            column: 0,
            message: message.into(),
            help,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let f = TextFile {
            path: "x.toml".into(),
            text: "a = 1\nbé = 2\n".into(),
        };
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(6), (2, 1));
        // "bé" is three bytes but two characters.
        assert_eq!(f.line_col(9), (2, 3));
    }
}
