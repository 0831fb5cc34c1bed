#include "privguard/types.h"

#include <array>
#include <utility>

namespace privguard::core {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<std::string_view, E>, N>& table, std::string_view s) noexcept {
  for (const auto& [name, value] : table)
    if (name == s) return value;
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<std::string_view, E>, N>& table, E e) noexcept {
  for (const auto& [name, value] : table)
    if (value == e) return name;
  return "?";
}

constexpr std::array<std::pair<std::string_view, Mode>, 3> kModes{{
    {"enforce", Mode::Enforce}, {"report", Mode::Report}, {"off", Mode::Off}}};
constexpr std::array<std::pair<std::string_view, Action>, 6> kActions{{
    {"allow", Action::Allow}, {"report", Action::Report}, {"mask", Action::Mask},
    {"redact", Action::Redact}, {"pseudonym", Action::Pseudonym}, {"block", Action::Block}}};
constexpr std::array<std::pair<std::string_view, Severity>, 4> kSeverities{{
    {"low", Severity::Low}, {"medium", Severity::Medium}, {"high", Severity::High}, {"critical", Severity::Critical}}};
constexpr std::array<std::pair<std::string_view, SinkKind>, 5> kSinkKinds{{
    {"file", SinkKind::File}, {"pipe", SinkKind::Pipe}, {"socket", SinkKind::Socket},
    {"tty", SinkKind::Tty}, {"other", SinkKind::Other}}};
constexpr std::array<std::pair<std::string_view, BinaryAction>, 2> kBinaryActions{{
    {"report", BinaryAction::Report}, {"mask", BinaryAction::Mask}}};

}  // namespace

std::string_view to_string(Mode m) noexcept { return name_of(kModes, m); }
std::string_view to_string(Action a) noexcept { return name_of(kActions, a); }
std::string_view to_string(Severity s) noexcept { return name_of(kSeverities, s); }
std::string_view to_string(SinkKind k) noexcept { return name_of(kSinkKinds, k); }
std::string_view to_string(BinaryAction b) noexcept { return name_of(kBinaryActions, b); }

std::string_view finding_action_name(Action a) noexcept {
  switch (a) {
    case Action::Block: return "blocked";
    case Action::Mask:
    case Action::Redact:
    case Action::Pseudonym: return "masked";
    default: return "reported";
  }
}

std::optional<Mode> parse_mode(std::string_view s) noexcept { return lookup(kModes, s); }
std::optional<Action> parse_action(std::string_view s) noexcept { return lookup(kActions, s); }
std::optional<Severity> parse_severity(std::string_view s) noexcept { return lookup(kSeverities, s); }
std::optional<SinkKind> parse_sink_kind(std::string_view s) noexcept { return lookup(kSinkKinds, s); }
std::optional<BinaryAction> parse_binary_action(std::string_view s) noexcept { return lookup(kBinaryActions, s); }

}  // namespace privguard::core
