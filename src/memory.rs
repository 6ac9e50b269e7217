//! Giving freed memory back to the system.
//!
//! glibc's allocator keeps what a thread frees in that thread's arena for reuse. After the
//! server's one-off peaks (compressing every page at full effort once after a load, drawing
//! a preview image) that memory would otherwise stay in the resident set for good, although
//! nothing uses it.

/// Returns the allocator's free pages to the system. Cheap enough to call after each
/// one-off peak; a no-op where the allocator is not glibc's.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers and only walks glibc's own allocator state, under
    // its locks; it is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
