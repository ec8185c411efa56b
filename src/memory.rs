//! Keeps the resident set small: glibc's allocator, tuned for a server
//! whose database work runs on a pool of blocking threads.

/// Arenas glibc may create, unless `MALLOC_ARENA_MAX` says otherwise.
const ARENAS: i32 = 2;

/// glibc gives threads that allocate at the same time arenas of their own,
/// up to eight per core, and keeps the pages each arena once held. With the
/// database work spread over the blocking threads, a SQLite write load grew
/// the resident set by 26 MB; with two arenas by 10 to 14 MB, at the same
/// throughput (bench/RESULTS.md). Call before any thread starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt takes no pointers and runs before other threads
        // exist, so no allocation can race with the change.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, ARENAS);
        }
    }
}

/// Every worker builds its routes, and with them the OpenAPI paths, when it
/// starts: megabytes allocated and freed at once, which glibc would keep
/// resident. Trimming hands them back, so an idle service holds only what
/// it uses.
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers; it only hands whole free pages
    // of the allocator's arenas back to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}
