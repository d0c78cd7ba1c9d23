curl --location --request PATCH 'https://api.staging.htech.app/v1/patients/42' \
--header 'x-practice-group-id: {{practiceGroup}}' \
--header 'x-api-key: {{apiKey}}' \
--header 'Content-Type: application/json' \
--data '{
    "name": "Ada"
}'