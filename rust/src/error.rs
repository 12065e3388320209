//! The one error type of the core; each message is the final, PyTorch-worded text.

use thiserror::Error;

/// Every failure the core can report. `py/error.rs` maps variants to Python classes.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Error {
    // ---- index errors (IndexError) ----
    /// A dimension index outside `[-rank, rank - 1]`.
    #[error("Dimension out of range (expected to be in range of [{min}, {max}], but got {dim})")]
    DimOutOfRange {
        /// The dimension the caller passed.
        dim: i64,
        /// Lowest valid value.
        min: i64,
        /// Highest valid value.
        max: i64,
    },
    /// An element index outside a dimension.
    #[error("index {index} is out of bounds for dimension {dim} with size {size}")]
    IndexOutOfRange {
        /// The index the caller passed.
        index: i64,
        /// The dimension indexed.
        dim: usize,
        /// The size of that dimension.
        size: usize,
    },

    /// Any other index error, already worded.
    #[error("{0}")]
    Index(String),

    // ---- value errors (ValueError) ----
    /// A bad argument value.
    #[error("{0}")]
    InvalidArgument(String),

    // ---- type errors (TypeError) ----
    /// A value of the wrong kind.
    #[error("{0}")]
    WrongType(String),

    // ---- shape, dtype and kernel errors (RuntimeError) ----
    /// Two shapes cannot be broadcast together.
    #[error(
        "The size of tensor a ({a}) must match the size of tensor b ({b}) at non-singleton \
         dimension {dim}"
    )]
    BroadcastMismatch {
        /// Size in the first operand.
        a: usize,
        /// Size in the second operand.
        b: usize,
        /// The dimension, counted in the broadcast result.
        dim: usize,
    },
    /// A reshape or view to a shape with another element count.
    #[error("shape '[{shape}]' is invalid for input of size {numel}")]
    ReshapeNumel {
        /// The requested shape, comma separated.
        shape: String,
        /// The tensor's element count.
        numel: usize,
    },
    /// Any other runtime failure, already worded.
    #[error("{0}")]
    Runtime(String),
    /// An operation PyTorch refuses with NotImplementedError, already worded.
    #[error("{0}")]
    Unsupported(String),
    /// An op with no kernel for a dtype.
    #[error("\"{op}\" not implemented for '{dtype}'")]
    NotImplemented {
        /// The op's kernel name.
        op: String,
        /// PyTorch's scalar-type name, e.g. `Long`.
        dtype: &'static str,
    },
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Return early with [`Error::Runtime`] built from a format string.
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::error::Error::Runtime(format!($($arg)*)))
    };
}

/// Return [`Error::Runtime`] unless a condition holds.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            $crate::bail!($($arg)*);
        }
    };
}
