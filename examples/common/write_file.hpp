#pragma once
// Writes a whole output file or nothing: the text goes to a temporary file beside `path`, which
// is renamed over `path` only once every byte is written (a failed run never leaves a truncated
// file; a full disk or /dev/full is an error, not a success).

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace taspan_examples {

// Writes text to path directly, every byte checked.
inline void write_checked(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw std::runtime_error("cannot open \"" + path + "\" for writing");
  f.write(text.data(), static_cast<std::streamsize>(text.size()));
  f.close();
  if (!f) throw std::runtime_error("cannot write \"" + path + "\"");
}

inline void write_whole_file(const std::string& path, const std::string& text) {
  std::error_code ec;
  // A device or pipe (/dev/null, /dev/full, a FIFO) is written in place, never renamed over.
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
    write_checked(path, text);
    return;
  }
  const std::string temp = path + ".tmp-taspan";
  try {
    write_checked(temp, text);
  } catch (const std::runtime_error&) {
    std::filesystem::remove(temp, ec);
    throw std::runtime_error("cannot write \"" + path + "\"");
  }
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw std::runtime_error("cannot write \"" + path + "\": " + ec.message());
  }
}

}  // namespace taspan_examples
