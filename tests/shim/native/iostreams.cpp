// iostreams under the shim: libstdc++ reaches the wrapped calls through
// fwrite (cout/cerr synchronised with stdio) or write/writev (unsynchronised
// cout, ofstream).
//
//   iostreams cout|cout-nosync|cerr|ofstream OUT
//
// cout*/cerr print one line to stdout/stderr; ofstream writes it to OUT.
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

namespace {

const std::string kCard = "4539 1488 0343 6467";
const std::string kEmail = "maria.gonzalez@outlook.com";

void emit(std::ostream& os, const std::string& cmd) {
  os << cmd << ": card " << kCard << " mail " << kEmail << " ok" << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: iostreams cout|cout-nosync|cerr|ofstream OUT\n";
    return 2;
  }
  const std::string cmd = argv[1];
  if (cmd == "cout") {
    emit(std::cout, cmd);
  } else if (cmd == "cout-nosync") {
    std::ios::sync_with_stdio(false);
    emit(std::cout, cmd);
  } else if (cmd == "cerr") {
    emit(std::cerr, cmd);
  } else if (cmd == "ofstream") {
    std::ofstream f(argv[2]);
    emit(f, cmd);
    f.close();
    if (!f) return 1;
  } else {
    std::cerr << "iostreams: unknown command " << cmd << '\n';
    return 2;
  }
  return std::cout.good() && std::cerr.good() ? 0 : 1;
}
