package dk.energi.meter

import org.http4k.client.JavaHttpClient
import org.http4k.core.Method.GET
import org.http4k.core.Request
import org.http4k.core.then
import org.http4k.filter.ClientFilters

val meterApi = ClientFilters.SetBaseUriFrom(org.http4k.core.Uri.of("https://api.eloverblik.local"))
    .then(ClientFilters.BearerAuth("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJXR3N3NU95MWxHT3UiLCJ0b2tlblR5cGUiOiJDdXN0b21lckFQSV9EYXRhQWNjZXNzIiwidXNlcklkIjoiNWVjMDk0NzktMzMxMi00YWQzLTlkYzctMzdlNzgxYTJkNWZlIiwiaWF0IjoxNzY4NTAzMTQ4LCJleHAiOjE3Njg1MDQwNDgsImp0aSI6IjQ2MDIzMDVmZWQ2NmNmZDkifQ.wl4eRZuhlJRUEOPGswYt821vCFvR4eyKEWKMccqoERb"))
    .then(JavaHttpClient())

val priceApi = ClientFilters.BearerAuth("567efef5cf1aed404872a01e42533537706601f2").then(JavaHttpClient())

fun readings(meterId: String) = meterApi(Request(GET, "/customerapi/api/meterdata/timeseries/$meterId"))
