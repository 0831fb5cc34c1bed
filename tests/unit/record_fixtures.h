// A small set of findings records for the CLI's unit tests: runtime ones
// (a file sink with every field, a socket) and scan ones (a relative path,
// standard input), with the characters renderers must escape.
#pragma once

#include <vector>

#include "finding_record.h"

namespace privguard::cli::testing_records {

inline FindingRecord runtime_file() {
  FindingRecord r;
  r.kind = FindingRecord::Kind::Runtime;
  r.ts = "2026-11-25T02:38:44.131Z";
  r.rule = "password";
  r.severity = core::Severity::High;
  r.action = FindingAction::Masked;
  r.pid = 4243;
  r.exe = "/srv/app/bin/w\xc3\xb6rker";
  r.call = "__fprintf_chk";
  r.fd = 5;
  r.sink_kind = core::SinkKind::File;
  r.sink_path = "/tmp/logs/app \"quoted\" l\xc3\xb6g \xe2\x9c\x93 \xf0\x9f\x98\x80.log";
  r.sink_peer = "10.0.0.1:9";
  r.offset = 0;
  r.length = 10;
  r.preview = "password=********** user=\"svc\" <&> 'q' back\\slash";
  r.fingerprint = "2e3f4051";
  return r;
}

inline FindingRecord runtime_socket() {
  FindingRecord r;
  r.kind = FindingRecord::Kind::Runtime;
  r.ts = "2026-11-25T02:38:44.130Z";
  r.rule = "credit-card";
  r.severity = core::Severity::Critical;
  r.action = FindingAction::Blocked;
  r.pid = 4242;
  r.exe = "/usr/bin/python3.11";
  r.call = "send";
  r.fd = 7;
  r.sink_kind = core::SinkKind::Socket;
  r.sink_peer = "127.0.0.1:5432";
  r.offset = 40;
  r.length = 19;
  r.preview = "INSERT INTO cards VALUES ('*******************') | col `x` \x1b[31mred\x1b[0m \x01";
  r.fingerprint = "1d2e3f40";
  return r;
}

inline FindingRecord scan_relative() {
  FindingRecord r;
  r.kind = FindingRecord::Kind::Scan;
  r.ts = "2026-11-25T02:38:45.000Z";
  r.rule = "email";
  r.severity = core::Severity::Medium;
  r.action = FindingAction::Reported;
  r.path = "examples/sample.log";
  r.line = 2;
  r.column = 55;
  r.offset = 130;
  r.length = 26;
  r.preview = "user=**************************";
  r.fingerprint = "0c1f6d2a";
  return r;
}

inline FindingRecord scan_stdin() {
  FindingRecord r = scan_relative();
  r.ts.clear();  // optional
  r.path = std::string(1, '-');  // not = "-": GCC 12 inlines that into a false -Wrestrict warning
  r.line = 7;
  r.column = 1;
  r.action = FindingAction::Masked;
  return r;
}

inline std::vector<FindingRecord> all() { return {runtime_file(), runtime_socket(), scan_relative(), scan_stdin()}; }

}  // namespace privguard::cli::testing_records
