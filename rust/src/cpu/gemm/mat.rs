//! Strided matrix views (raw pointer plus row and column strides in elements).

/// A read-only strided matrix view: element (i, j) at `ptr + i * rs + j * cs`.
#[derive(Clone, Copy)]
pub(crate) struct MatRef<T> {
    pub ptr: *const T,
    pub rs: isize,
    pub cs: isize,
}

/// A writable strided matrix view: element (i, j) at `ptr + i * rs + j * cs`.
#[derive(Clone, Copy)]
pub(crate) struct MatMut<T> {
    pub ptr: *mut T,
    pub rs: isize,
    pub cs: isize,
}

// SAFETY: the views are plain addresses; the callers split C into disjoint slabs before
// handing views to other threads and only read through `MatRef`.
unsafe impl<T: Send> Send for MatRef<T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for MatRef<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for MatMut<T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for MatMut<T> {}

impl<T> MatRef<T> {
    pub(crate) fn new(ptr: *const T, rs: isize, cs: isize) -> Self {
        Self { ptr, rs, cs }
    }
    /// The transpose (no data moves).
    pub(crate) fn t(self) -> Self {
        Self::new(self.ptr, self.cs, self.rs)
    }
    /// Address of element (i, j), computed without dereferencing.
    pub(crate) fn at(&self, i: usize, j: usize) -> *const T {
        self.ptr
            .wrapping_offset(i as isize * self.rs + j as isize * self.cs)
    }
    /// The view starting at element (i, j).
    pub(crate) fn offset(self, i: usize, j: usize) -> Self {
        Self::new(self.at(i, j), self.rs, self.cs)
    }
}

impl<T> MatMut<T> {
    pub(crate) fn new(ptr: *mut T, rs: isize, cs: isize) -> Self {
        Self { ptr, rs, cs }
    }
    /// The transpose (no data moves).
    pub(crate) fn t(self) -> Self {
        Self::new(self.ptr, self.cs, self.rs)
    }
    /// Address of element (i, j), computed without dereferencing.
    pub(crate) fn at(&self, i: usize, j: usize) -> *mut T {
        self.ptr
            .wrapping_offset(i as isize * self.rs + j as isize * self.cs)
    }
    /// The view starting at element (i, j).
    pub(crate) fn offset(self, i: usize, j: usize) -> Self {
        Self::new(self.at(i, j), self.rs, self.cs)
    }
}
