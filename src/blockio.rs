//! Large result files written in aligned blocks past the page cache where the system
//! allows it (Linux `O_DIRECT`), through it otherwise (`output::TableSink`). No other
//! module's types.
//!
//! Not for the sort's spilled runs: they are read back at once, by a merge that reads
//! each run a little at a time in turn; from the page cache that costs nothing, from a
//! spinning disk past the cache it would cost a seek per read.

use std::fs::File;
use std::io::Write;

/// The block size [`BlockWriter`] writes in, and aligns its buffer to (the largest
/// logical block size of common disks).
const BLOCK_ALIGN: usize = 4096;

/// Bytes a [`BlockWriter`] gathers before it writes them (a multiple of [`BLOCK_ALIGN`]).
const BLOCK_BYTES: usize = 1 << 20;

/// A buffered writer for a large result file that, where the system allows it (Linux,
/// a file system with direct I/O), writes its megabyte blocks past the page cache
/// (`O_DIRECT`) from a buffer aligned for it.
///
/// Why: a million messages' results are about 240 MB. Written through the page cache,
/// every page of it is a page the kernel must find and fill first; on a virtual machine
/// whose host reclaims guest memory that was free, that copy took 1.3–1.5 s of kernel time
/// for 240 MB (a tenth of a run's CPU, on the same two cores as scoring), against 0.02 s
/// written directly (the file is synced before it is moved into place anyway). Where
/// direct I/O is refused (file systems without it, other systems), the same blocks go
/// through the page cache. The last, partial block is written padded to a whole block
/// and the file then cut to its length. Same bytes either way. The cost moves to the
/// disk: each block is written when it is full, on the writer's thread (off scoring's
/// path); results read back at once (the reports' week) come from the disk rather than
/// the page cache. `OTAI_PAGE_CACHE=1` writes through the page cache.
pub struct BlockWriter {
    file: File,
    /// `BLOCK_BYTES + BLOCK_ALIGN` bytes; the block starts at `start`, aligned.
    buf: Vec<u8>,
    start: usize,
    held: usize,
    written: u64,
    direct: bool,
}

impl BlockWriter {
    /// Writes into `file`, which must be empty and at its start (a new file): its length
    /// is set to the bytes written when it is finished.
    pub fn new(file: File) -> BlockWriter {
        let buf = vec![0u8; BLOCK_BYTES + BLOCK_ALIGN];
        let start = buf.as_ptr().align_offset(BLOCK_ALIGN);
        let direct = start < BLOCK_ALIGN
            && std::env::var("OTAI_PAGE_CACHE").map_or(true, |v| v == "0")
            && set_direct(&file, true);
        BlockWriter {
            file,
            buf,
            start,
            held: 0,
            written: 0,
            direct,
        }
    }

    /// Writes the held bytes, padded with zeros to a whole block when written directly
    /// (the caller cuts the file to its length afterwards).
    fn write_held(&mut self) -> std::io::Result<()> {
        let len = self.held;
        if len == 0 {
            return Ok(());
        }
        let mut through_cache = !self.direct;
        if self.direct {
            let padded = len.div_ceil(BLOCK_ALIGN) * BLOCK_ALIGN;
            self.buf[self.start + len..self.start + padded].fill(0);
            match write_direct(&self.file, &self.buf[self.start..self.start + padded]) {
                Ok(()) => {}
                // Refused before anything was written (the file system or device wants
                // another alignment, or does not do direct writes): the page cache from
                // here on.
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::Unsupported
                    ) =>
                {
                    set_direct(&self.file, false);
                    self.direct = false;
                    through_cache = true;
                }
                Err(e) => return Err(e),
            }
        }
        if through_cache {
            (&self.file).write_all(&self.buf[self.start..self.start + len])?;
        }
        self.written += len as u64;
        self.held = 0;
        Ok(())
    }

    /// Writes what is held and cuts the file to the bytes written.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.write_held()?;
        self.file.set_len(self.written)?;
        set_direct(&self.file, false);
        Ok(())
    }
}

impl Write for BlockWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        // A full block goes out before more is taken: an error then takes nothing.
        if self.held == BLOCK_BYTES {
            self.write_held()?;
        }
        let n = data.len().min(BLOCK_BYTES - self.held);
        let at = self.start + self.held;
        self.buf[at..at + n].copy_from_slice(&data[..n]);
        self.held += n;
        Ok(n)
    }

    /// Whole blocks go out as they fill; the last one in [`BlockWriter::finish`].
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Aligned blocks written directly; a short write that ends off a block boundary (a
/// full disk) is an error, as the next write could not be aligned.
fn write_direct(file: &File, mut blocks: &[u8]) -> std::io::Result<()> {
    while !blocks.is_empty() {
        let n = match (&*file).write(blocks) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 || n % BLOCK_ALIGN != 0 && n != blocks.len() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::WriteZero,
                "the disk took only part of a block (is it full?)",
            ));
        }
        blocks = &blocks[n..];
    }
    Ok(())
}

/// Turns direct I/O on or off for `file` (its open file); whether it is now as asked.
#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> bool {
    use std::os::fd::AsRawFd as _;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this `File` owns (open for as long as the borrow);
    // F_GETFL/F_SETFL read and set its status flags only.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return !on;
        }
        let wanted = if on {
            flags | libc::O_DIRECT
        } else {
            flags & !libc::O_DIRECT
        };
        wanted == flags || libc::fcntl(fd, libc::F_SETFL, wanted) == 0 || !on
    }
}

#[cfg(not(target_os = "linux"))]
fn set_direct(_file: &File, on: bool) -> bool {
    !on
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_writer_writes_exactly_the_bytes_given() {
        let dir = tempfile::tempdir().unwrap();
        for len in [
            0,
            1,
            4095,
            4096,
            4097,
            BLOCK_BYTES,
            BLOCK_BYTES + 1,
            3_000_001,
        ] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            let path = dir.path().join(format!("f{len}"));
            let mut w = BlockWriter::new(File::create(&path).unwrap());
            // Pieces of odd sizes, across block boundaries.
            for piece in bytes.chunks(7919) {
                w.write_all(piece).unwrap();
            }
            w.flush().unwrap();
            w.finish().unwrap();
            assert!(std::fs::read(&path).unwrap() == bytes, "{len} bytes");
        }
    }
}
