// Matching destinations and domains against what a policy names. Runs per
// finding, so it works on views and never allocates.
#include <algorithm>

#include "engine_internal.h"

namespace privguard::core {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// "127.0.0.1:5432" -> ("127.0.0.1", "5432"); "[::1]:443" -> ("::1", "443");
// "::1" or "db" -> (whole, "").
void split_peer(std::string_view p, std::string_view& host, std::string_view& port) {
  port = {};
  if (!p.empty() && p[0] == '[') {
    auto close = p.find(']');
    if (close != std::string_view::npos) {
      host = p.substr(1, close - 1);
      if (close + 1 < p.size() && p[close + 1] == ':') port = p.substr(close + 2);
      return;
    }
  }
  auto colon = p.find(':');
  if (colon != std::string_view::npos && p.find(':', colon + 1) == std::string_view::npos) {
    host = p.substr(0, colon);
    port = p.substr(colon + 1);
    return;
  }
  host = p;
}

}  // namespace

bool glob_match(std::string_view pat, std::string_view text) noexcept {
  // Iterative matcher with one backtrack point per star kind; '**' may
  // cross '/', '*' may not.
  std::size_t p = 0, t = 0, star_p = std::string_view::npos, star_t = 0;
  bool star_cross = false;
  while (t < text.size()) {
    if (p < pat.size() && pat[p] == '*') {
      star_cross = p + 1 < pat.size() && pat[p + 1] == '*';
      p += star_cross ? 2 : 1;
      star_p = p;
      star_t = t;
    } else if (p < pat.size() && (pat[p] == text[t] || (pat[p] == '?' && text[t] != '/'))) {
      ++p;
      ++t;
    } else if (star_p != std::string_view::npos && (star_cross || text[star_t] != '/')) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pat.size() && pat[p] == '*') ++p;
  return p == pat.size();
}

bool peer_match(std::string_view pattern, std::string_view peer) noexcept {
  if (peer.empty()) return false;
  if (pattern[0] == '/' || pattern[0] == '@') return glob_match(pattern, peer);
  std::string_view ph, pp, h, port;
  split_peer(pattern, ph, pp);
  split_peer(peer, h, port);
  if (ph != "*" && ph != h) return false;
  return pp.empty() || pp == "*" || pp == port;
}

std::string_view value_domain(std::string_view v, char* buf, std::size_t cap) noexcept {
  std::size_t begin;
  auto at = v.rfind('@');
  if (at != std::string_view::npos) {
    begin = at + 1;
  } else {
    auto scheme = v.find("://");
    if (scheme == std::string_view::npos) return {};
    begin = scheme + 3;
  }
  std::size_t end = begin;
  while (end < v.size() && host_char(v[end])) ++end;
  if (end == begin || end - begin > cap) return {};
  for (std::size_t i = begin; i < end; ++i) buf[i - begin] = lower(v[i]);
  std::size_t n = end - begin;
  while (n > 0 && buf[n - 1] == '.') --n;  // "example.com." is example.com
  return {buf, n};
}

bool domain_allowed(std::string_view d, const std::vector<std::string>& allowed) noexcept {
  for (const auto& a : allowed) {
    if (d.size() == a.size() && d == a) return true;
    if (d.size() > a.size() && d.ends_with(a) && d[d.size() - a.size() - 1] == '.') return true;
  }
  return false;
}

}  // namespace privguard::core
