//! Feed cursors: a position written so that cursors sort as positions do,
//! and a changed or made-up one is refused instead of read from the wrong
//! place. 16 hex digits of the position, then 8 of a check over them.

/// The cursor of feed position `position`.
pub fn encode(position: i64) -> String {
    format!("{position:016x}{:08x}", check(position))
}

/// The position `cursor` stands for, if it is one this feed wrote.
pub fn decode(cursor: &str) -> Option<i64> {
    let digits = |text: &str| {
        text.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    if cursor.len() != 24 || !digits(cursor) {
        return None;
    }
    let position = i64::from_str_radix(&cursor[..16], 16).ok()?;
    let sum = u32::from_str_radix(&cursor[16..], 16).ok()?;
    (position >= 0 && sum == check(position)).then_some(position)
}

/// FNV-1a over the position, salted so that a check is not guessed from
/// another FNV use; a tamper check, not a secret.
fn check(position: i64) -> u32 {
    b"imvo-tracker changes"
        .iter()
        .chain(position.to_be_bytes().iter())
        .fold(0x811c_9dc5_u32, |hash, byte| {
            (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_sort_as_positions() {
        let positions = [1_i64, 2, 15, 16, 255, 1_000_000, i64::MAX];
        let cursors: Vec<String> = positions.iter().map(|p| encode(*p)).collect();
        for (position, cursor) in positions.iter().zip(&cursors) {
            assert_eq!(decode(cursor), Some(*position), "{cursor}");
        }
        assert!(cursors.windows(2).all(|w| w[0] < w[1]), "{cursors:?}");
        // The example in the API's description.
        assert_eq!(decode("000000000000008a64bb2b62"), Some(138));
    }

    #[test]
    fn changed_or_made_up_cursors_are_refused() {
        let cursor = encode(138);
        let mut changed = cursor.clone().into_bytes();
        changed[15] = b'0';
        for bad in [
            String::from_utf8(changed).unwrap(),
            "138".into(),
            cursor.to_uppercase(),
            format!("{cursor}0"),
            cursor[1..].to_owned(),
            format!("{:016x}{:08x}", -1_i64, 0),
            String::new(),
        ] {
            assert_eq!(decode(&bad), None, "{bad}");
        }
    }
}
