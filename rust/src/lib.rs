//! ferrotensor's core: dtypes, layouts, strided storage and SIMD CPU kernels.
//!
//! Nothing here knows about Python or autograd; the `py` module (behind the
//! `python` feature) is the only binding layer.

pub mod cpu;
pub mod dtype;
pub mod error;
pub mod layout;
pub mod ops;
pub mod shaders;
pub mod shape;
pub mod storage;
pub mod strided;
pub mod tensor;

#[cfg(feature = "python")]
mod py;

pub use dtype::{DType, Element, Scalar};
pub use error::{Error, Result};
pub use layout::Layout;
pub use storage::Storage;
pub use tensor::Tensor;
