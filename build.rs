//! Rebuilds the crate when a migration is added or changed: `embed_migrations!`
//! tracks only the files it embedded, so a new migration folder alone would
//! leave a stale binary.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
