#include "findings_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace privguard::cli {

Findings parse_findings(std::string_view text, std::size_t first_line, std::size_t max_unreadable) {
  Findings out;
  std::size_t line_no = first_line;
  for (std::string_view rest = text; !rest.empty(); ++line_no) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string why;
    if (auto record = parse_finding_line(line, why)) {
      out.records.push_back(std::move(*record));
      continue;
    }
    out.unreadable.push_back({line_no, std::move(why)});
    if (out.unreadable.size() >= max_unreadable) break;
  }
  return out;
}

std::optional<FileText> read_file_from(const std::string& path, std::uint64_t offset, std::string& error) {
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  FileText out;
  std::uint64_t pos = 0;
  char buf[65536];
  int read_errno = 0;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) read_errno = errno;  // a directory opens, then fails with EISDIR
    if (n <= 0) break;
    std::string_view chunk(buf, static_cast<std::size_t>(n));
    // The part before the offset is only counted: line numbers stay the file's.
    if (pos < offset) {
      auto skip = static_cast<std::size_t>(std::min<std::uint64_t>(offset - pos, chunk.size()));
      out.lines_before += static_cast<std::size_t>(std::count(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(skip), '\n'));
      chunk.remove_prefix(skip);
    }
    out.text.append(chunk);
    pos += static_cast<std::uint64_t>(n);
  }
  if (fd != STDIN_FILENO) ::close(fd);
  if (read_errno) {
    error = path + ": " + std::strerror(read_errno);
    return std::nullopt;
  }
  return out;
}

}  // namespace privguard::cli
