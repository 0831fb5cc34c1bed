package com.corp.tracker.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.Response

private const val LINEAR_TOKEN = "Bearer lin_api_041V8vs3cssVmuE6N9cA2hEcR3SAklt3KFcTCuuF"
private const val CLIENT_SECRET = "Ff3f0QEHAfc77kvQSZkaRVDtdqRS995nFC3GAAsK"
private const val BUILD_ID = "43397664-4297-42e7-9a70-dcfa97beaa4e"

class AuthInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val req = chain.request().newBuilder()
            .header("Authorization", LINEAR_TOKEN)
            .header("X-Client-Secret", CLIENT_SECRET)
            .header("X-Build", BUILD_ID)
            .build()
        return chain.proceed(req)
    }
}

fun client(): OkHttpClient = OkHttpClient.Builder().addInterceptor(AuthInterceptor()).build()
