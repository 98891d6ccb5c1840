//! Hashing, in one place: SHA-256 as lower-case hex (file checksums in run.json, the
//! rubric hash, the dictionary's fingerprint, ids derived from content, safe file-name
//! suffixes) and as 128 bits (mail threading's id keys). Everyone hashes through here.

use sha2::{Digest as _, Sha256};

/// SHA-256 of `bytes`, lower-case hex (64 characters).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The first 128 bits of SHA-256 of `bytes`, as two little-endian words (for keys that are
/// only compared: 16 bytes, 8-byte aligned).
pub fn sha256_128(bytes: &[u8]) -> [u64; 2] {
    let digest = Sha256::digest(bytes);
    let word = |i: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&digest[i * 8..i * 8 + 8]);
        u64::from_le_bytes(b)
    };
    [word(0), word(1)]
}

/// SHA-256 of a stream of bytes, fed as they go past, and how many there were.
#[derive(Default)]
pub struct Sha256Stream {
    hasher: Sha256,
    len: u64,
}

impl Sha256Stream {
    pub fn update(&mut self, bytes: &[u8]) {
        self.hasher.update(bytes);
        self.len += bytes.len() as u64;
    }

    /// Bytes fed so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The hash of everything fed, lower-case hex.
    pub fn finish_hex(self) -> String {
        hex(&self.hasher.finalize())
    }
}

/// Written bytes are hashed (for `std::io::copy` of a file that is only measured).
impl std::io::Write for Sha256Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hash_three_forms() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(sha256_hex(b""), empty);
        let mut s = Sha256Stream::default();
        s.update(b"ab");
        std::io::Write::write_all(&mut s, b"c").unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s.finish_hex(), sha256_hex(b"abc"));
        let [a, _] = sha256_128(b"");
        assert_eq!(format!("{:016x}", a.swap_bytes()), &empty[..16]);
    }
}
