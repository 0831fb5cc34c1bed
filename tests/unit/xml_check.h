// A light XML reader for checking the JUnit output in unit tests: elements,
// attributes and text, with the five predefined entities and character
// references. It refuses what a real parser refuses most often (unbalanced
// tags, unquoted or duplicate attributes, a raw '<' or '&', control bytes),
// and nothing more: no DTD, namespaces or CDATA, which the output never has.
#pragma once

#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace privguard::testing_xml {

struct Element {
  std::string name;
  std::map<std::string, std::string> attrs;
  std::vector<std::unique_ptr<Element>> children;
  std::string text;  // all text directly inside, decoded

  std::vector<const Element*> all(std::string_view child) const {
    std::vector<const Element*> out;
    for (const auto& c : children)
      if (c->name == child) out.push_back(c.get());
    return out;
  }
  std::string attr(const std::string& key) const {
    auto it = attrs.find(key);
    if (it == attrs.end()) throw std::runtime_error("<" + name + "> has no attribute " + key);
    return it->second;
  }
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  std::unique_ptr<Element> document() {
    if (s_.substr(0, 5) == "<?xml") {
      auto end = s_.find("?>");
      if (end == std::string_view::npos) fail("unterminated declaration");
      i_ = end + 2;
    }
    space();
    auto root = element();
    space();
    if (i_ != s_.size()) fail("text after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + " at byte " + std::to_string(i_));
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }
  std::string name() {
    std::size_t from = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '-' ||
                              s_[i_] == '.' || s_[i_] == ':'))
      ++i_;
    if (i_ == from) fail("expected a name");
    return std::string(s_.substr(from, i_ - from));
  }
  void expect(char c) {
    if (i_ >= s_.size() || s_[i_] != c) fail(std::string("expected '") + c + "'");
    ++i_;
  }

  // Character data up to `stop`, with entities decoded.
  std::string chars(char stop) {
    std::string out;
    while (i_ < s_.size() && s_[i_] != stop) {
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '<') fail("raw '<'");
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') fail("control byte");
      if (c != '&') {
        out += s_[i_++];
        continue;
      }
      auto semi = s_.find(';', i_);
      if (semi == std::string_view::npos) fail("unterminated entity");
      std::string_view ent = s_.substr(i_ + 1, semi - i_ - 1);
      if (ent == "amp") out += '&';
      else if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (ent.size() > 1 && ent[0] == '#') {
        unsigned long cp = ent[1] == 'x' ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                                         : std::stoul(std::string(ent.substr(1)));
        if (cp != 9 && cp != 10 && cp != 13 && cp < 0x20) fail("reference to a character XML cannot carry");
        if (cp >= 0x80) fail("test reader decodes ASCII references only");
        out += static_cast<char>(cp);
      } else {
        fail("unknown entity");
      }
      i_ = semi + 1;
    }
    return out;
  }

  std::unique_ptr<Element> element() {
    expect('<');
    auto e = std::make_unique<Element>();
    e->name = name();
    for (;;) {
      space();
      if (i_ >= s_.size()) fail("unterminated tag");
      if (s_[i_] == '/') {
        ++i_;
        expect('>');
        return e;
      }
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      std::string key = name();
      expect('=');
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) fail("unquoted attribute");
      char q = s_[i_++];
      std::string value = chars(q);
      expect(q);
      if (!e->attrs.emplace(key, value).second) fail("duplicate attribute " + key);
    }
    for (;;) {
      e->text += chars('<');
      if (i_ + 1 >= s_.size()) fail("unterminated element <" + e->name + ">");
      if (s_[i_ + 1] == '/') {
        i_ += 2;
        if (name() != e->name) fail("mismatched end tag for <" + e->name + ">");
        space();
        expect('>');
        return e;
      }
      e->children.push_back(element());
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

inline std::unique_ptr<Element> parse(std::string_view s) { return Reader(s).document(); }

}  // namespace privguard::testing_xml
