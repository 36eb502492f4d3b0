// Recognizing image formats from their bytes: JPEG, PNG, GIF, WebP and SVG.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace folio {

// "image/jpeg", "image/png", "image/gif", "image/webp" or "image/svg+xml"; "" when the bytes
// are none of these.
std::string sniff_image_media_type(std::span<const std::uint8_t> bytes);

// The media type of an image: the sniffed one when the bytes are recognized, otherwise the
// declared one (lower-cased, parameters dropped).
std::string image_media_type(std::span<const std::uint8_t> bytes, std::string_view declared);

// True for the image types every EPUB 3.2 reading system must show (JPEG, PNG, GIF, SVG).
bool is_epub_core_image_type(std::string_view media_type);

// The file extension for a media type ("jpg", "png", "gif", "webp", "svg"); "img" otherwise.
std::string_view image_file_extension(std::string_view media_type);

}  // namespace folio
