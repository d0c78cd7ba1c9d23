curl 'https://api.staging.htech.app/v1/notes' \
  -H 'content-type: application/json' \
  --data-raw $'{"text":"it\'s\\n caf\u00e9 \ud83d\ude00 \x41\101"}' \
  --compressed
