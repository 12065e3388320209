//! The closed op vocabulary of the core: unary, binary and reduction ops.

use crate::error::{Error, Result};

macro_rules! op_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $(
                #[doc = concat!("`", $text, "`")]
                $variant
            ),*
        }

        impl $name {
            /// Every op of this family.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The op's PyTorch name (used in errors and by the Python layer).
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            /// Look an op up by its PyTorch name.
            pub fn parse(s: &str) -> Result<$name> {
                match s {
                    $($text => Ok($name::$variant),)*
                    other => Err(Error::InvalidArgument(format!(
                        concat!("unknown ", stringify!($name), " '{}'"), other
                    ))),
                }
            }
        }
    };
}

op_enum!(
    /// Elementwise ops of one operand.
    UnaryOp {
        Neg => "neg", Abs => "abs", Sign => "sign", Exp => "exp", Log => "log",
        Log2 => "log2", Log10 => "log10", Log1p => "log1p", Expm1 => "expm1",
        Sqrt => "sqrt", Rsqrt => "rsqrt", Reciprocal => "reciprocal", Square => "square",
        Sin => "sin", Cos => "cos", Tan => "tan", Asin => "asin", Acos => "acos",
        Atan => "atan", Sinh => "sinh", Cosh => "cosh", Tanh => "tanh",
        Sigmoid => "sigmoid", Relu => "relu", Floor => "floor", Ceil => "ceil",
        Round => "round", Trunc => "trunc", LogicalNot => "logical_not",
        BitwiseNot => "bitwise_not", IsNan => "isnan", IsInf => "isinf",
        IsFinite => "isfinite", Asinh => "asinh", Acosh => "acosh", Atanh => "atanh",
        Erf => "erf", Erfc => "erfc", Erfinv => "erfinv", Exp2 => "exp2", Lgamma => "lgamma",
        Digamma => "digamma",
    }
);

op_enum!(
    /// Elementwise ops of two broadcast operands.
    BinaryOp {
        Add => "add", Sub => "sub", Mul => "mul", Div => "div", Pow => "pow",
        Maximum => "maximum", Minimum => "minimum", Remainder => "remainder",
        FloorDivide => "floor_divide", Eq => "eq", Ne => "ne", Lt => "lt", Le => "le",
        Gt => "gt", Ge => "ge", LogicalAnd => "logical_and", LogicalOr => "logical_or",
        LogicalXor => "logical_xor", BitwiseAnd => "bitwise_and", BitwiseOr => "bitwise_or",
        BitwiseXor => "bitwise_xor", Atan2 => "atan2", Fmod => "fmod", Hypot => "hypot",
        Copysign => "copysign", Logaddexp => "logaddexp", Polygamma => "polygamma",
    }
);

op_enum!(
    /// Reductions over some or all dims.
    ReduceOp {
        Sum => "sum", Mean => "mean", Prod => "prod", Max => "max", Min => "min",
        All => "all", Any => "any",
    }
);

op_enum!(
    /// Cumulative ops along one dim.
    ScanOp {
        CumSum => "cumsum", CumProd => "cumprod", LogCumSumExp => "logcumsumexp",
        CumMax => "cummax", CumMin => "cummin",
    }
);

op_enum!(
    /// Reductions that return an index.
    ArgReduceOp {
        ArgMax => "argmax", ArgMin => "argmin",
    }
);

impl UnaryOp {
    /// Ops whose result on integer input is a float (PyTorch promotes to the default dtype).
    pub fn is_float_op(self) -> bool {
        !matches!(
            self,
            UnaryOp::Neg
                | UnaryOp::Abs
                | UnaryOp::Sign
                | UnaryOp::Square
                | UnaryOp::Relu
                | UnaryOp::Floor
                | UnaryOp::Ceil
                | UnaryOp::Round
                | UnaryOp::Trunc
                | UnaryOp::LogicalNot
                | UnaryOp::BitwiseNot
                | UnaryOp::IsNan
                | UnaryOp::IsInf
                | UnaryOp::IsFinite
        )
    }

    /// Ops whose result is always bool.
    pub fn is_predicate(self) -> bool {
        matches!(
            self,
            UnaryOp::LogicalNot | UnaryOp::IsNan | UnaryOp::IsInf | UnaryOp::IsFinite
        )
    }
}

impl BinaryOp {
    /// Comparisons and logical ops: bool result.
    pub fn is_predicate(self) -> bool {
        matches!(
            self,
            BinaryOp::Eq
                | BinaryOp::Ne
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge
                | BinaryOp::LogicalAnd
                | BinaryOp::LogicalOr
                | BinaryOp::LogicalXor
        )
    }

    /// Bitwise ops: integer and bool dtypes only.
    pub fn is_bitwise(self) -> bool {
        matches!(
            self,
            BinaryOp::BitwiseAnd | BinaryOp::BitwiseOr | BinaryOp::BitwiseXor
        )
    }

    /// Ops whose integer inputs give a float result.
    pub fn is_float_op(self) -> bool {
        matches!(
            self,
            BinaryOp::Div | BinaryOp::Atan2 | BinaryOp::Copysign | BinaryOp::Polygamma
        )
    }

    /// Ops with float kernels only: integer and bool operands are refused, not promoted.
    pub fn is_float_only(self) -> bool {
        matches!(self, BinaryOp::Hypot | BinaryOp::Logaddexp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_name_parses_back() {
        for &op in UnaryOp::ALL {
            assert_eq!(UnaryOp::parse(op.name()).unwrap(), op);
        }
        for &op in BinaryOp::ALL {
            assert_eq!(BinaryOp::parse(op.name()).unwrap(), op);
        }
        for &op in ReduceOp::ALL {
            assert_eq!(ReduceOp::parse(op.name()).unwrap(), op);
        }
        for &op in ScanOp::ALL {
            assert_eq!(ScanOp::parse(op.name()).unwrap(), op);
        }
        assert!(BinaryOp::parse("nope").is_err());
    }
}
