//! Which methods each documented path accepts, so that a request with
//! another method gets 405 with `Allow` instead of actix's plain 404.

use utoipa::openapi::OpenApi;

/// Path templates (`/v1/sectors/{code}`) with the methods each accepts.
#[derive(Debug, Clone, Default)]
pub struct RouteTable {
    routes: Vec<(Vec<String>, Vec<&'static str>)>,
}

impl RouteTable {
    /// Reads the table off the document; `prefix` is the servers' base path.
    pub fn from_document(document: &OpenApi, prefix: &str) -> Self {
        let routes = document
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let segments = format!("{prefix}{path}")
                    .split('/')
                    .map(str::to_owned)
                    .collect();
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (segments, methods)
            })
            .collect();
        Self { routes }
    }

    /// The methods the path accepts, if it is a documented path.
    pub fn allowed(&self, path: &str) -> Option<&[&'static str]> {
        self.routes
            .iter()
            .find(|(template, _)| matches_template(template, path))
            .map(|(_, methods)| methods.as_slice())
    }
}

/// Whether `path` is an instance of the path template split into
/// `template`'s segments (`{name}` stands for any non-empty segment).
pub fn matches_template(template: &[String], path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').collect();
    template.len() == segments.len()
        && template
            .iter()
            .zip(&segments)
            .all(|(t, s)| (t.starts_with('{') && t.ends_with('}') && !s.is_empty()) || t == s)
}
