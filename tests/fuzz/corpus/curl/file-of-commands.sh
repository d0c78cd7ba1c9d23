# calls for tickets
curl -sSL -XDELETE "http://localhost:8080/v1/tasks/$ID" -H "x-api-key: $HERO_API_KEY" -H "X-Trace: ${TRACE_ID}" -H "Authorization: Bearer abc"
curl -G https://h.example/v1/search -d q=hello+world --data-urlencode 'text=a b&c' --url-query x=1 | jq .
curl --json '{"a":1}' https://ada:pw@h.example/v1/x -u a:b -k -b sid=1 -F f=@x; curl -I localhost:8080
wget https://h.example/
curl.exe -H "Accept: text/csv" "https://h.example/v1/export" --data-binary @body.json > out.csv
