//! The caller, as request extractors: `Principal` for writes (a valid token
//! is required) and `ReadAccess` for reads (a token only when the setting
//! asks for one). Permission checks happen before any lookup, so a refusal
//! never tells whether the resource exists.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use crate::auth::keys::Authenticator;
use crate::auth::token::Role;
use crate::error::AppError;
use crate::http::middleware::RequestId;

/// A caller with a verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The token's subject: who acts.
    pub sub: String,
    pub role: Role,
    /// Covenant codes a secretariat may write.
    pub covenants: Vec<String>,
    /// The request's id, kept with what the caller changes.
    pub request_id: Option<String>,
}

impl Principal {
    /// Only the ministry (admin) may do this.
    pub fn require_admin(&self) -> Result<(), AppError> {
        match self.role {
            Role::Admin => Ok(()),
            _ => Err(AppError::Forbidden(
                "Only an admin token may change this resource.".into(),
            )),
        }
    }

    /// The caller may write data scoped to `covenant`, or national data
    /// (`None`, admins only).
    pub fn require_scope(&self, covenant: Option<&str>) -> Result<(), AppError> {
        match covenant {
            Some(code) => self.require_covenant(code),
            None => self.require_admin(),
        }
    }

    /// The caller may write something: an admin or a secretariat. Checked
    /// before the body is read; the covenant itself is checked once known.
    pub fn require_writer(&self) -> Result<(), AppError> {
        match self.role {
            Role::Reader => Err(AppError::Forbidden("A reader token may not write.".into())),
            _ => Ok(()),
        }
    }

    /// The caller may write the covenant with `code` and what belongs to it:
    /// an admin, or a secretariat whose token names the covenant.
    pub fn require_covenant(&self, code: &str) -> Result<(), AppError> {
        match self.role {
            Role::Admin => Ok(()),
            Role::Secretariat if self.covenants.iter().any(|c| c == code) => Ok(()),
            Role::Secretariat => Err(AppError::Forbidden(format!(
                "This token may write only covenants {}; not `{code}`.",
                self.covenants.join(", ")
            ))),
            Role::Reader => Err(AppError::Forbidden("A reader token may not write.".into())),
        }
    }
}

fn authenticator(req: &HttpRequest) -> Result<&Authenticator, AppError> {
    req.app_data::<web::Data<Authenticator>>()
        .map(|a| a.get_ref())
        .ok_or_else(|| AppError::Internal("no authenticator configured".into()))
}

/// The bearer token of the request, if it has an `Authorization` header.
fn bearer(req: &HttpRequest) -> Option<Result<&str, AppError>> {
    let mut values = req.headers().get_all(header::AUTHORIZATION);
    let value = values.next()?;
    // Which one counts would depend on the reader (a proxy may take the
    // last): refused like any malformed credential, with the 401 every
    // secured operation documents.
    if values.next().is_some() {
        return Some(Err(AppError::Unauthorized {
            detail: "The request has more than one Authorization header; send exactly one \
                     (Authorization: Bearer <token>)."
                .into(),
            invalid_token: true,
        }));
    }
    let token = value.to_str().ok().and_then(|v| {
        let (scheme, token) = v.trim().split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim())
            .filter(|t| !t.is_empty())
    });
    Some(token.ok_or_else(|| AppError::Unauthorized {
        detail: "The Authorization header must be `Bearer <token>`.".into(),
        invalid_token: true,
    }))
}

fn principal(req: &HttpRequest) -> Result<Principal, AppError> {
    let authenticator = authenticator(req)?;
    let token = bearer(req).unwrap_or_else(|| {
        Err(AppError::Unauthorized {
            detail: "This request needs a bearer token (Authorization: Bearer <token>).".into(),
            invalid_token: false,
        })
    })?;
    let claims = authenticator
        .verify(token)
        .map_err(|refusal| AppError::Unauthorized {
            detail: format!("The bearer token was refused: {}.", refusal.0),
            invalid_token: true,
        })?;
    Ok(Principal {
        sub: claims.sub,
        role: claims.role,
        covenants: claims.covenants,
        request_id: req.extensions().get::<RequestId>().map(|id| id.0.clone()),
    })
}

impl FromRequest for Principal {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(principal(req))
    }
}

/// Permission to read: always, unless the deployment requires a token for
/// reads. A token that is sent is checked either way.
#[derive(Debug, Clone)]
pub struct ReadAccess;

impl FromRequest for ReadAccess {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let needs_token = match authenticator(req) {
            Ok(authenticator) => authenticator.reads_require_token,
            Err(error) => return ready(Err(error)),
        };
        ready(if needs_token || bearer(req).is_some() {
            principal(req).map(|_| ReadAccess)
        } else {
            Ok(ReadAccess)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(role: Role, covenants: &[&str]) -> Principal {
        Principal {
            sub: "tester".into(),
            role,
            covenants: covenants.iter().map(|c| (*c).to_owned()).collect(),
            request_id: None,
        }
    }

    #[test]
    fn the_covenant_scope_rule() {
        assert!(caller(Role::Admin, &[]).require_covenant("textile").is_ok());
        assert!(
            caller(Role::Secretariat, &["textile"])
                .require_covenant("textile")
                .is_ok()
        );
        assert!(
            caller(Role::Secretariat, &["textile"])
                .require_covenant("gold")
                .is_err()
        );
        assert!(
            caller(Role::Secretariat, &[])
                .require_covenant("gold")
                .is_err()
        );
        assert!(
            caller(Role::Reader, &["textile"])
                .require_covenant("textile")
                .is_err()
        );
    }

    #[test]
    fn only_admins_write_shared_resources() {
        assert!(caller(Role::Admin, &[]).require_admin().is_ok());
        assert!(
            caller(Role::Secretariat, &["textile"])
                .require_admin()
                .is_err()
        );
        assert!(caller(Role::Reader, &[]).require_admin().is_err());
    }
}
