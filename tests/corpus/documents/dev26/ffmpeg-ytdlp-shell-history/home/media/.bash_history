ffprobe -hide_banner https://media.kvarnbygget.se/live/kanal1/index.m3u8
ffmpeg -headers "Authorization: Bearer nCa8Jqv0VQcoNOqZbIuS12_9IkTqMByszpyiUdrmI_0"$'\r\n' -i https://media.kvarnbygget.se/live/kanal1/index.m3u8 -c copy kanal1-2026-01-19.mkv
yt-dlp --add-header "Authorization:Bearer agGEHCd6F2Al94ZSSgfs6FBh3yrAr2KbkaLDT3w5" -o '%(title)s.%(ext)s' https://play.fjallvind.se/v/yKccBtv8Sit
yt-dlp --add-header "Authorization: Bearer $PLAY_TOKEN" https://play.fjallvind.se/v/Og0elXGrwfZ
aria2c -x8 --header="Authorization: Bearer d2d2a307e652a079758aa989c5aebe010eaecb055afcd9e0172454dd5c638720" https://arkiv.kvarnbygget.se/export/inspelningar-2025.tar
sha256sum inspelningar-2025.tar
