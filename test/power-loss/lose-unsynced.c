// An LD_PRELOAD layer that lets a test simulate a power loss on one directory, in the manner of
// LazyFS: it records, in a journal of its own, what each fsync made durable, so that after SIGKILL
// the test (power-loss.ts) can drop from the directory everything written since then.
//
// It changes nothing the process does: every call goes to libc as it was. For paths under
// CLUSTERD_POWERLOSS_DIR it appends one line per event to CLUSTERD_POWERLOSS_JOURNAL (O_APPEND, one
// write(2) per line, so lines from several threads never mix):
//
//   creating <path>              a call that may create <path> is about to be made (written before
//                                the call, so that a SIGKILL between the call and its create line
//                                leaves a file the test can still account for)
//   create <ino> <path>          a file or directory created (O_CREAT on a new name, fopen "w"/"a",
//                                mkdir)
//   trunc <ino> <size>           an existing file cut (O_TRUNC, fopen "w", ftruncate)
//   open <ino> <how> <path>      a file opened for writing: how is the fopen mode or "fd"
//   sync <ino> <size> <seq> <path>
//                                fsync/fdatasync of a file returned: its first <size> bytes (the
//                                size when it was called) are durable, and so are its overwrites
//                                numbered below <seq> (those made before it was called)
//   overwrite <seq> <ino> <offset> <length> <undo>
//                                a write over bytes the file already had (a preallocated journal
//                                written in place); <undo> holds the bytes it replaced, so that
//                                an overwrite that was not durable can be undone
//   dirsync <path>               fsync of a directory returned
//   rename <from> <to> <grave>   a rename; <grave> holds a hard link to the file <to> named before
//                                ("-" if none), so a rename that was not durable can be undone
//   unlink <path> <grave>        an unlink; <grave> holds a hard link to the file, for the same
//                                reason
//   mmap <ino> <prot> <flags>    a writable shared mapping of a file (writes the journal cannot see)
//
// The graves are in CLUSTERD_POWERLOSS_GRAVE (same filesystem, outside the directory). Counters of
// intercepted calls are kept in <journal>.counts (a shared mapping: they survive SIGKILL) so a test
// can check that the layer was really in the way.
//
// For the layer's own test, CLUSTERD_POWERLOSS_KILL_AT_CREATE=<name> makes the process SIGKILL itself
// right after the open that creates a file of that name, before the layer records it: the window a
// real kill can land in.
//
// sync_file_range makes nothing durable (it writes pages back but neither flushes the device cache
// nor the metadata), so it is counted and passed on only. Writes past a file's end need no
// journal: the size at the last fsync describes them. Writes over existing bytes are journaled
// with the bytes they replace.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum counter {
  C_OPEN,
  C_WRITE,
  C_SYNC,
  C_DIRSYNC,
  C_RENAME,
  C_UNLINK,
  C_CREATE,
  C_SYNC_FILE_RANGE,
  C_COUNT
};

static char data_dir[PATH_MAX];
static size_t data_dir_len;
static int journal_fd = -1;
static char grave_dir[PATH_MAX];
static const char *kill_at_create;
static volatile uint64_t *counts;
static uint64_t grave_seq;
static uint64_t overwrite_seq;

#define REAL(ret, name, ...)                                                                       \
  typedef ret (*name##_fn)(__VA_ARGS__);                                                           \
  static name##_fn real_##name;                                                                    \
  static name##_fn get_##name(void) {                                                              \
    if (!real_##name) real_##name = (name##_fn)dlsym(RTLD_NEXT, #name);                            \
    return real_##name;                                                                            \
  }

// glibc's stdio.h makes this a macro when optimizing.
#undef fwrite_unlocked

REAL(int, open, const char *, int, ...)
REAL(int, open64, const char *, int, ...)
REAL(int, openat, int, const char *, int, ...)
REAL(int, openat64, int, const char *, int, ...)
REAL(int, creat, const char *, mode_t)
REAL(int, creat64, const char *, mode_t)
REAL(FILE *, fopen, const char *, const char *)
REAL(FILE *, fopen64, const char *, const char *)
REAL(size_t, fwrite, const void *, size_t, size_t, FILE *)
REAL(size_t, fwrite_unlocked, const void *, size_t, size_t, FILE *)
REAL(ssize_t, write, int, const void *, size_t)
REAL(ssize_t, pwrite, int, const void *, size_t, off_t)
REAL(ssize_t, pwrite64, int, const void *, size_t, off_t)
REAL(ssize_t, writev, int, const struct iovec *, int)
REAL(ssize_t, pwritev, int, const struct iovec *, int, off_t)
REAL(int, fsync, int)
REAL(int, fdatasync, int)
REAL(int, sync_file_range, int, off_t, off_t, unsigned int)
REAL(int, ftruncate, int, off_t)
REAL(int, ftruncate64, int, off_t)
REAL(int, rename, const char *, const char *)
REAL(int, renameat, int, const char *, int, const char *)
REAL(int, renameat2, int, const char *, int, const char *, unsigned int)
REAL(int, unlink, const char *)
REAL(int, unlinkat, int, const char *, int)
REAL(int, mkdir, const char *, mode_t)
REAL(int, mkdirat, int, const char *, mode_t)
REAL(void *, mmap, void *, size_t, int, int, int, off_t)
REAL(void *, mmap64, void *, size_t, int, int, int, off_t)

__attribute__((constructor)) static void init(void) {
  const char *dir = getenv("CLUSTERD_POWERLOSS_DIR");
  const char *journal = getenv("CLUSTERD_POWERLOSS_JOURNAL");
  const char *grave = getenv("CLUSTERD_POWERLOSS_GRAVE");
  if (!dir || !journal || !grave) return;
  if (strlen(dir) >= sizeof data_dir || strlen(grave) >= sizeof grave_dir) return;
  strcpy(data_dir, dir);
  data_dir_len = strlen(data_dir);
  while (data_dir_len > 1 && data_dir[data_dir_len - 1] == '/') data_dir[--data_dir_len] = 0;
  strcpy(grave_dir, grave);
  kill_at_create = getenv("CLUSTERD_POWERLOSS_KILL_AT_CREATE");
  // The journal and the counters are opened with the raw system call: nothing of ours sees them.
  journal_fd = (int)syscall(SYS_openat, AT_FDCWD, journal, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
                            0600);
  char counts_path[PATH_MAX];
  snprintf(counts_path, sizeof counts_path, "%s.counts", journal);
  int cfd = (int)syscall(SYS_openat, AT_FDCWD, counts_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (cfd >= 0) {
    size_t size = C_COUNT * sizeof(uint64_t);
    if (syscall(SYS_ftruncate, cfd, size) == 0) {
      void *m = (void *)syscall(SYS_mmap, NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, cfd, 0);
      if (m != MAP_FAILED) counts = m;
    }
    syscall(SYS_close, cfd);
  }
  // Resolved now, while one thread runs; later lookups find them set.
  get_open(), get_open64(), get_openat(), get_openat64(), get_creat(), get_creat64();
  get_fopen(), get_fopen64(), get_fwrite(), get_fwrite_unlocked(), get_write(), get_pwrite();
  get_pwrite64(), get_writev(), get_pwritev(), get_fsync(), get_fdatasync();
  get_sync_file_range(), get_ftruncate(), get_ftruncate64(), get_rename(), get_renameat();
  get_renameat2(), get_unlink(), get_unlinkat(), get_mkdir(), get_mkdirat(), get_mmap();
  get_mmap64();
}

static int active(void) { return journal_fd >= 0; }

static void count(enum counter c) {
  if (counts) __atomic_fetch_add(&counts[c], 1, __ATOMIC_RELAXED);
}

static void journal(const char *fmt, ...) {
  char line[3 * PATH_MAX + 128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line - 1, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n > sizeof line - 2) n = (int)sizeof line - 2;
  line[n++] = '\n';
  (void)syscall(SYS_write, journal_fd, line, (size_t)n);
}

/** The absolute path of `path` relative to `dirfd`; 0 when it cannot be told. */
static int absolute(int dirfd, const char *path, char *out) {
  if (!path) return 0;
  if (path[0] == '/') {
    if (strlen(path) >= PATH_MAX) return 0;
    strcpy(out, path);
    return 1;
  }
  char base[PATH_MAX];
  if (dirfd == AT_FDCWD) {
    if (!getcwd(base, sizeof base)) return 0;
  } else {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
    ssize_t n = readlink(link, base, sizeof base - 1);
    if (n < 0) return 0;
    base[n] = 0;
  }
  if ((size_t)snprintf(out, PATH_MAX, "%s/%s", base, path) >= PATH_MAX) return 0;
  return 1;
}

static int inside(const char *abs) {
  return data_dir_len > 0 && strncmp(abs, data_dir, data_dir_len) == 0 &&
         (abs[data_dir_len] == '/' || abs[data_dir_len] == 0);
}

/** The path an open descriptor names, if it is under the directory. */
static int fd_path(int fd, char *out) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, out, PATH_MAX - 1);
  if (n < 0) return 0;
  out[n] = 0;
  return inside(out);
}

static int exists(const char *abs) {
  struct stat st;
  return syscall(SYS_newfstatat, AT_FDCWD, abs, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

/** After an open of `abs` returned fd: records its creation or truncation and a writable open. */
static void opened(int fd, const char *abs, int existed, int truncates, int writable,
                   const char *how) {
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
  count(C_OPEN);
  if (!existed) {
    count(C_CREATE);
    journal("create %lu %s", (unsigned long)st.st_ino, abs);
  } else if (truncates) {
    journal("trunc %lu 0", (unsigned long)st.st_ino);
  }
  if (writable) journal("open %lu %s %s", (unsigned long)st.st_ino, how, abs);
}

static int open_common(int dirfd, const char *path, int flags, mode_t mode, int at,
                       int (*real_at)(int, const char *, int, ...),
                       int (*real_open)(const char *, int, ...)) {
  char abs[PATH_MAX];
  int tracked = active() && absolute(dirfd, path, abs) && inside(abs);
  int existed = tracked ? exists(abs) : 1;
  if (tracked && !existed && (flags & O_CREAT)) journal("creating %s", abs);
  int fd = at ? real_at(dirfd, path, flags, mode) : real_open(path, flags, mode);
  if (tracked && fd >= 0 && !existed && kill_at_create) {
    const char *name = strrchr(abs, '/');
    if (name && strcmp(name + 1, kill_at_create) == 0) raise(SIGKILL);
  }
  if (tracked && fd >= 0) {
    int writable = (flags & O_ACCMODE) != O_RDONLY;
    char how[32];
    snprintf(how, sizeof how, "fd%s%s", (flags & O_APPEND) ? "-append" : "",
             (flags & O_TRUNC) ? "-trunc" : "");
    opened(fd, abs, existed || !(flags & O_CREAT), (flags & O_TRUNC) && writable, writable, how);
  }
  return fd;
}

static mode_t mode_arg(int flags, va_list ap) {
  return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(AT_FDCWD, path, flags, mode, 0, NULL, get_open());
}

int open64(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(AT_FDCWD, path, flags, mode, 0, NULL, get_open64());
}

int openat(int dirfd, const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(dirfd, path, flags, mode, 1, get_openat(), NULL);
}

int openat64(int dirfd, const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = mode_arg(flags, ap);
  va_end(ap);
  return open_common(dirfd, path, flags, mode, 1, get_openat64(), NULL);
}

int creat(const char *path, mode_t mode) {
  return open_common(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode, 0, NULL, get_open());
}

int creat64(const char *path, mode_t mode) {
  return open_common(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode, 0, NULL, get_open64());
}

static FILE *fopen_common(const char *path, const char *mode,
                          FILE *(*real)(const char *, const char *)) {
  char abs[PATH_MAX];
  int tracked = active() && absolute(AT_FDCWD, path, abs) && inside(abs);
  int existed = tracked ? exists(abs) : 1;
  if (tracked && !existed && mode[0] != 'r') journal("creating %s", abs);
  FILE *f = real(path, mode);
  if (tracked && f) {
    int writable = mode[0] != 'r' || strchr(mode, '+') != NULL;
    char how[16];
    snprintf(how, sizeof how, "fopen-%.8s", mode);
    opened(fileno(f), abs, existed || mode[0] == 'r', mode[0] == 'w', writable, how);
  }
  return f;
}

FILE *fopen(const char *path, const char *mode) { return fopen_common(path, mode, get_fopen()); }

FILE *fopen64(const char *path, const char *mode) {
  return fopen_common(path, mode, get_fopen64());
}

/** Whether a descriptor is a regular file under the directory (for counting writes). */
static int tracked_fd(int fd) {
  char path[PATH_MAX];
  return active() && fd >= 0 && fd_path(fd, path);
}

static size_t iov_length(const struct iovec *iov, int n) {
  size_t total = 0;
  for (int i = 0; i < n; i++) total += iov[i].iov_len;
  return total;
}

/**
 * Before a write of n bytes at `off` (-1: the descriptor's position) to a tracked file: if it
 * covers bytes the file already has, saves them to an undo file and journals the overwrite.
 */
static void before_write(int fd, off_t off, size_t n) {
  struct stat st;
  if (n == 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
  if (off < 0) {
    if (fcntl(fd, F_GETFL) & O_APPEND) return;
    off = lseek(fd, 0, SEEK_CUR);
    if (off < 0) return;
  }
  if (off >= st.st_size) return;
  size_t length = (size_t)(st.st_size - off) < n ? (size_t)(st.st_size - off) : n;
  char *old = malloc(length);
  if (!old) return;
  ssize_t got = syscall(SYS_pread64, fd, old, length, off);
  uint64_t seq = __atomic_fetch_add(&overwrite_seq, 1, __ATOMIC_RELAXED);
  uint64_t g = __atomic_add_fetch(&grave_seq, 1, __ATOMIC_RELAXED);
  char undo[PATH_MAX];
  if ((size_t)snprintf(undo, sizeof undo, "%s/undo-%d-%lu", grave_dir, (int)getpid(),
                       (unsigned long)g) >= sizeof undo) {
    free(old);
    return;
  }
  int ufd = syscall(SYS_openat, AT_FDCWD, undo, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (ufd >= 0 && got > 0) {
    (void)syscall(SYS_write, ufd, old, (size_t)got);
    syscall(SYS_close, ufd);
    journal("overwrite %lu %lu %lld %lld %s", (unsigned long)seq, (unsigned long)st.st_ino,
            (long long)off, (long long)got, undo);
  } else if (ufd >= 0) {
    syscall(SYS_close, ufd);
  }
  free(old);
}

// Writes are counted, and writes over existing bytes journaled (before_write). LevelDB writes
// through stdio (fwrite_unlocked), only ever appending; Node's writes come through write/pwrite/
// pwritev.
size_t fwrite(const void *p, size_t size, size_t n, FILE *f) {
  if (tracked_fd(fileno(f))) count(C_WRITE);
  return get_fwrite()(p, size, n, f);
}

size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f) {
  if (tracked_fd(fileno(f))) count(C_WRITE);
  return get_fwrite_unlocked()(p, size, n, f);
}

ssize_t write(int fd, const void *p, size_t n) {
  // Node writes its logs and sockets through write(2): only files are looked at.
  struct stat st;
  if (active() && fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && tracked_fd(fd)) {
    count(C_WRITE);
    before_write(fd, -1, n);
  }
  return get_write()(fd, p, n);
}

ssize_t pwrite(int fd, const void *p, size_t n, off_t off) {
  if (tracked_fd(fd)) {
    count(C_WRITE);
    before_write(fd, off, n);
  }
  return get_pwrite()(fd, p, n, off);
}

ssize_t pwrite64(int fd, const void *p, size_t n, off_t off) {
  if (tracked_fd(fd)) {
    count(C_WRITE);
    before_write(fd, off, n);
  }
  return get_pwrite64()(fd, p, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int n) {
  struct stat st;
  if (active() && fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && tracked_fd(fd)) {
    count(C_WRITE);
    before_write(fd, -1, iov_length(iov, n));
  }
  return get_writev()(fd, iov, n);
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off) {
  if (tracked_fd(fd)) {
    count(C_WRITE);
    before_write(fd, off, iov_length(iov, n));
  }
  return get_pwritev()(fd, iov, n, off);
}

static int sync_common(int fd, int (*real)(int)) {
  char path[PATH_MAX];
  struct stat st;
  // The size and overwrite count before the call: every byte written before fsync started is
  // durable when it returns.
  int tracked = active() && fd_path(fd, path) && fstat(fd, &st) == 0;
  uint64_t seq = __atomic_load_n(&overwrite_seq, __ATOMIC_RELAXED);
  int r = real(fd);
  if (tracked && r == 0) {
    if (S_ISDIR(st.st_mode)) {
      count(C_DIRSYNC);
      journal("dirsync %s", path);
    } else if (S_ISREG(st.st_mode)) {
      count(C_SYNC);
      journal("sync %lu %lld %lu %s", (unsigned long)st.st_ino, (long long)st.st_size,
              (unsigned long)seq, path);
    }
  }
  return r;
}

int fsync(int fd) { return sync_common(fd, get_fsync()); }

int fdatasync(int fd) { return sync_common(fd, get_fdatasync()); }

int sync_file_range(int fd, off_t off, off_t n, unsigned int flags) {
  if (tracked_fd(fd)) count(C_SYNC_FILE_RANGE);
  return get_sync_file_range()(fd, off, n, flags);
}

static int truncate_common(int fd, off_t size, int (*real)(int, off_t)) {
  struct stat st;
  int tracked = tracked_fd(fd) && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  int r = real(fd, size);
  if (tracked && r == 0) journal("trunc %lu %lld", (unsigned long)st.st_ino, (long long)size);
  return r;
}

int ftruncate(int fd, off_t size) { return truncate_common(fd, size, get_ftruncate()); }

int ftruncate64(int fd, off_t size) { return truncate_common(fd, size, get_ftruncate64()); }

/** A hard link to `abs` in the graveyard, named into `grave` ("-" when there is no such file). */
static void bury(const char *abs, char *grave) {
  strcpy(grave, "-");
  struct stat st;
  if (syscall(SYS_newfstatat, AT_FDCWD, abs, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISREG(st.st_mode))
    return;
  uint64_t n = __atomic_add_fetch(&grave_seq, 1, __ATOMIC_RELAXED);
  char path[PATH_MAX];
  if ((size_t)snprintf(path, sizeof path, "%s/%d-%lu", grave_dir, (int)getpid(),
                       (unsigned long)n) >= sizeof path)
    return;
  if (syscall(SYS_linkat, AT_FDCWD, abs, AT_FDCWD, path, 0) == 0) strcpy(grave, path);
}

static int rename_common(int olddirfd, const char *from, int newdirfd, const char *to,
                         unsigned int flags, int kind) {
  char a[PATH_MAX], b[PATH_MAX], grave[PATH_MAX];
  int tracked = active() && absolute(olddirfd, from, a) && absolute(newdirfd, to, b) &&
                (inside(a) || inside(b));
  // Renames are serialized against each other so a grave always holds what the rename replaced.
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  if (tracked) {
    pthread_mutex_lock(&lock);
    bury(b, grave);
  }
  int r = kind == 0   ? get_rename()(from, to)
          : kind == 1 ? get_renameat()(olddirfd, from, newdirfd, to)
                      : get_renameat2()(olddirfd, from, newdirfd, to, flags);
  if (tracked) {
    if (r == 0) {
      count(C_RENAME);
      journal("rename %s %s %s", a, b, grave);
    } else if (strcmp(grave, "-") != 0) {
      syscall(SYS_unlinkat, AT_FDCWD, grave, 0);
    }
    pthread_mutex_unlock(&lock);
  }
  return r;
}

int rename(const char *from, const char *to) { return rename_common(AT_FDCWD, from, AT_FDCWD, to, 0, 0); }

int renameat(int olddirfd, const char *from, int newdirfd, const char *to) {
  return rename_common(olddirfd, from, newdirfd, to, 0, 1);
}

int renameat2(int olddirfd, const char *from, int newdirfd, const char *to, unsigned int flags) {
  return rename_common(olddirfd, from, newdirfd, to, flags, 2);
}

static int unlink_common(int dirfd, const char *path, int flags, int at) {
  char abs[PATH_MAX], grave[PATH_MAX];
  int tracked = active() && !(flags & AT_REMOVEDIR) && absolute(dirfd, path, abs) && inside(abs);
  if (tracked) bury(abs, grave);
  int r = at ? get_unlinkat()(dirfd, path, flags) : get_unlink()(path);
  if (tracked) {
    if (r == 0) {
      count(C_UNLINK);
      journal("unlink %s %s", abs, grave);
    } else if (strcmp(grave, "-") != 0) {
      syscall(SYS_unlinkat, AT_FDCWD, grave, 0);
    }
  }
  return r;
}

int unlink(const char *path) { return unlink_common(AT_FDCWD, path, 0, 0); }

int unlinkat(int dirfd, const char *path, int flags) { return unlink_common(dirfd, path, flags, 1); }

static int mkdir_common(int dirfd, const char *path, mode_t mode, int at) {
  char abs[PATH_MAX];
  int tracked = active() && absolute(dirfd, path, abs) && inside(abs);
  if (tracked && !exists(abs)) journal("creating %s", abs);
  int r = at ? get_mkdirat()(dirfd, path, mode) : get_mkdir()(path, mode);
  struct stat st;
  if (tracked && r == 0 && syscall(SYS_newfstatat, AT_FDCWD, abs, &st, 0) == 0) {
    count(C_CREATE);
    journal("create %lu %s", (unsigned long)st.st_ino, abs);
  }
  return r;
}

int mkdir(const char *path, mode_t mode) { return mkdir_common(AT_FDCWD, path, mode, 0); }

int mkdirat(int dirfd, const char *path, mode_t mode) { return mkdir_common(dirfd, path, mode, 1); }

static void mapped(int fd, int prot, int flags) {
  struct stat st;
  if ((prot & PROT_WRITE) && (flags & MAP_SHARED) && tracked_fd(fd) && fstat(fd, &st) == 0)
    journal("mmap %lu %d %d", (unsigned long)st.st_ino, prot, flags);
}

void *mmap(void *addr, size_t n, int prot, int flags, int fd, off_t off) {
  mapped(fd, prot, flags);
  return get_mmap()(addr, n, prot, flags, fd, off);
}

void *mmap64(void *addr, size_t n, int prot, int flags, int fd, off_t off) {
  mapped(fd, prot, flags);
  return get_mmap64()(addr, n, prot, flags, fd, off);
}
