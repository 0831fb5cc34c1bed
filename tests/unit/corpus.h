// The labelled corpus (tests/corpus/labelled.tsv, made by
// tests/corpus/generate.py) and the clean background text, for the tests
// that measure or compare detection on them.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace privguard::test {

struct Sample {
  std::string category, label, value, text;
  int line;
};

inline std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

inline std::vector<Sample> load_corpus() {
  std::ifstream in(PRIVGUARD_SOURCE_DIR "/tests/corpus/labelled.tsv");
  std::vector<Sample> out;
  std::string line;
  int n = 0;
  std::getline(in, line);  // header
  ++n;
  while (std::getline(in, line)) {
    ++n;
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (int k = 0; k < 3; ++k) {
      auto tab = line.find('\t', start);
      if (tab == std::string::npos) break;
      cols.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    cols.push_back(line.substr(start));
    if (cols.size() != 4) ADD_FAILURE() << "corpus line " << n << " has " << cols.size() << " columns";
    else out.push_back({cols[0], cols[1], unescape(cols[2]), unescape(cols[3]), n});
  }
  return out;
}

inline std::string load_background() {
  std::ifstream bg(PRIVGUARD_SOURCE_DIR "/tests/corpus/background.txt");
  return std::string((std::istreambuf_iterator<char>(bg)), std::istreambuf_iterator<char>());
}

}  // namespace privguard::test
