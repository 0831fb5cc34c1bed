// The engine alone: masks stdin to stdout, exits 1 when something was found.
#include <privguard/engine.h>
#include <privguard/policy.h>

#include <iostream>
#include <iterator>
#include <string>
#include <vector>

int main() {
  std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  auto engine = privguard::core::Engine::build(privguard::core::load_default_policy());
  auto scratch = engine->make_scratch();
  privguard::core::ScanResult r = engine->scan(data, privguard::core::Sink{}, *scratch);
  std::vector<char> out(r.output_size + 1);
  std::size_t n = engine->transform(data, r.matches, out.data(), out.size());
  std::cout.write(out.data(), static_cast<std::streamsize>(n));
  std::cerr << r.matches.size() << " findings, database "
            << (engine->database_source() == privguard::core::DatabaseSource::Embedded ? "embedded" : "other") << '\n';
  return r.matches.empty() ? 0 : 1;
}
