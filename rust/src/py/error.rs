//! The one mapping from core errors to Python exception classes.

use crate::error::Error;
use pyo3::exceptions::{
    PyIndexError, PyNotImplementedError, PyRuntimeError, PyTypeError, PyValueError,
};
use pyo3::PyErr;

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        let msg = e.to_string();
        match e {
            Error::DimOutOfRange { .. } | Error::IndexOutOfRange { .. } | Error::Index(_) => {
                PyIndexError::new_err(msg)
            }
            Error::InvalidArgument(_) => PyValueError::new_err(msg),
            Error::WrongType(_) => PyTypeError::new_err(msg),
            Error::NotImplemented { .. } | Error::Unsupported(_) => {
                PyNotImplementedError::new_err(msg)
            }
            Error::BroadcastMismatch { .. } | Error::ReshapeNumel { .. } | Error::Runtime(_) => {
                PyRuntimeError::new_err(msg)
            }
        }
    }
}
