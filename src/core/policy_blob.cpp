// Policy <-> bytes. Little-endian u32 for lengths, counts and integers,
// one byte for bools, chars and enums; strings and vectors are
// length-prefixed. One visitor (fields) drives both directions.
#include "policy_blob.h"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "privguard/policy.h"

namespace privguard::core {
namespace {

constexpr char kMagic[8] = {'P', 'G', 'P', 'O', 'L', 'I', 'C', 'Y'};
// Bump when a struct gains, loses or changes a field.
constexpr std::uint32_t kFormat = 6;

// Each struct's fields, in blob order. The structured bindings stop
// compiling when a field is added or removed, so the blob cannot forget
// one: add it here, and bump kFormat.
template <class V, class T>
void fields(V& v, T& x) {
  using U = std::remove_const_t<T>;
  if constexpr (std::is_same_v<U, SourceRef>) {
    auto& [file, line] = x;
    v(file, line);
  } else if constexpr (std::is_same_v<U, MaskStyle>) {
    auto& [keep_first, keep_last, keep_separators] = x;
    v(keep_first, keep_last, keep_separators);
  } else if constexpr (std::is_same_v<U, Allowlist>) {
    auto& [values, patterns, domains] = x;
    v(values, patterns, domains);
  } else if constexpr (std::is_same_v<U, Prefilter>) {
    auto& [patterns, digits, shape] = x;
    v(patterns, digits, shape);
  } else if constexpr (std::is_same_v<U, VendorNames>) {
    auto& [words, names] = x;
    v(words, names);
  } else if constexpr (std::is_same_v<U, Rule>) {
    auto& [id, description, pattern, context, suffix, not_after, token, hs_flags, validator, severity, action, mask,
           redact_token, allow, prefilter, vendor, where] = x;
    v(id, description, pattern, context, suffix, not_after, token, hs_flags, validator, severity, action, mask,
      redact_token, allow, prefilter, vendor, where);
  } else if constexpr (std::is_same_v<U, SinkOverride>) {
    auto& [name, any_kind, kind, path, peer, streams, rules, action, where] = x;
    v(name, any_kind, kind, path, peer, streams, rules, action, where);
  } else if constexpr (std::is_same_v<U, Settings>) {
    auto& [mode, fail_closed, block_errno, mask_char, binary] = x;
    v(mode, fail_closed, block_errno, mask_char, binary);
  } else {
    static_assert(std::is_same_v<U, Policy>);
    auto& [name, settings, rules, sinks, allow] = x;
    v(name, settings, rules, sinks, allow);
  }
}

// The largest value of each enum the reader accepts.
constexpr std::uint8_t last(Mode) { return static_cast<std::uint8_t>(Mode::Off); }
constexpr std::uint8_t last(Action) { return static_cast<std::uint8_t>(Action::Block); }
constexpr std::uint8_t last(Severity) { return static_cast<std::uint8_t>(Severity::Critical); }
constexpr std::uint8_t last(SinkKind) { return static_cast<std::uint8_t>(SinkKind::Other); }
constexpr std::uint8_t last(BinaryAction) { return static_cast<std::uint8_t>(BinaryAction::Mask); }
constexpr std::uint8_t last(Validator) { return static_cast<std::uint8_t>(Validator::BasicCredentials); }

class Writer {
 public:
  std::string out;

  template <class... T>
  void operator()(const T&... x) {
    (put(x), ...);
  }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
  }

 private:
  void put(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out += s;
  }
  void put(unsigned v) { u32(v); }
  void put(int v) { u32(static_cast<std::uint32_t>(v)); }
  void put(bool v) { out.push_back(v ? 1 : 0); }
  void put(char c) { out.push_back(c); }
  template <class E>
    requires std::is_enum_v<E>
  void put(E e) {
    static_assert(sizeof(E) == 1);
    out.push_back(static_cast<char>(e));
  }
  template <class T>
  void put(const std::vector<T>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& e : v) put(e);
  }
  template <class T>
    requires std::is_class_v<T>
  void put(const T& x) {
    fields(*this, x);
  }
};

// Every read is bounds-checked; the first bad byte clears `ok` and the
// rest of the reads do nothing.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok = true;

  template <class... T>
  void operator()(T&... x) {
    (get(x), ...);
  }
  bool at_end() const { return ok && in_.empty(); }
  const char* take(std::size_t n) {
    if (!ok || in_.size() < n) {
      ok = false;
      return nullptr;
    }
    const char* p = in_.data();
    in_.remove_prefix(n);
    return p;
  }
  std::uint32_t u32() {
    const char* p = take(4);
    std::uint32_t v = 0;
    if (p)
      for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
  }

 private:
  std::uint8_t u8() {
    const char* p = take(1);
    return p ? static_cast<std::uint8_t>(*p) : 0;
  }
  void get(std::string& s) {
    std::uint32_t n = u32();
    if (const char* p = take(n)) s.assign(p, n);
  }
  void get(unsigned& v) { v = u32(); }
  void get(int& v) { v = static_cast<int>(u32()); }
  void get(bool& v) {
    std::uint8_t b = u8();
    if (b > 1) ok = false;
    v = b == 1;
  }
  void get(char& c) { c = static_cast<char>(u8()); }
  template <class E>
    requires std::is_enum_v<E>
  void get(E& e) {
    std::uint8_t b = u8();
    if (b > last(E{})) ok = false;
    e = static_cast<E>(b);
  }
  template <class T>
  void get(std::vector<T>& v) {
    std::uint32_t n = u32();
    // Every element takes at least one byte: a damaged count cannot make
    // us allocate more than the blob's size.
    if (n > in_.size()) ok = false;
    if (!ok) return;
    v.resize(n);
    for (auto& e : v) {
      get(e);
      if (!ok) return;
    }
  }
  template <class T>
    requires std::is_class_v<T>
  void get(T& x) {
    fields(*this, x);
  }

  std::string_view in_;
};

// Tells the blob's source text from another (a stale build), nothing more:
// eight bytes a step, because it runs at every start and the text is 8 KB.
std::uint64_t source_hash(std::string_view source) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ source.size();
  auto mix = [&h](std::uint64_t w) {
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  };
  std::size_t i = 0;
  for (; i + 8 <= source.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, source.data() + i, 8);
    mix(w);
  }
  std::uint64_t tail = 0;
  if (i < source.size()) std::memcpy(&tail, source.data() + i, source.size() - i);
  mix(tail);
  return h;
}

}  // namespace

std::string serialize_policy(const Policy& policy, std::string_view source) {
  Writer w;
  w.out.assign(kMagic, sizeof kMagic);
  w.u32(kFormat);
  const std::uint64_t h = source_hash(source);
  w.u32(static_cast<std::uint32_t>(h));
  w.u32(static_cast<std::uint32_t>(h >> 32));
  w(policy);
  return std::move(w.out);
}

std::optional<Policy> deserialize_policy(std::string_view blob, std::string_view source) {
  Reader r(blob);
  const char* magic = r.take(sizeof kMagic);
  if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || r.u32() != kFormat) return std::nullopt;
  const std::uint64_t want = source_hash(source);
  const std::uint64_t low = r.u32();
  if ((low | std::uint64_t{r.u32()} << 32) != want || !r.ok) return std::nullopt;
  Policy p;
  r(p);
  if (!r.at_end()) return std::nullopt;
  return p;
}

}  // namespace privguard::core
