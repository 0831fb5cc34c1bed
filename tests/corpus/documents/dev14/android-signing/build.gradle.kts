import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val keystoreProperties = Properties().apply {
    val f = rootProject.file("keystore.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "nl.example.fietsapp"
    compileSdk = 35

    signingConfigs {
        create("release") {
            storeFile = file(keystoreProperties["storeFile"] as String? ?: "missing.jks")
            storePassword = keystoreProperties["storePassword"] as String?
            keyAlias = keystoreProperties["keyAlias"] as String?
            keyPassword = System.getenv("KEY_PASSWORD")
        }
        create("qa") {
            storeFile = file("../keys/qa.jks")
            storePassword = "tJr0HXWZph{v[X"
            keyAlias = "qa"
            keyPassword = "Finn_croissant1604"
        }
        getByName("debug") {
            storeFile = file("debug.keystore")
            storePassword = "android"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
    }

    defaultConfig {
        applicationId = "nl.example.fietsapp"
        minSdk = 26
        buildConfigField("String", "MAPS_API_KEY_NAME", "\"maps_key\"")
        buildConfigField("String", "BACKEND_HMAC_SECRET", "\"fy/RVhF8coHwcTlCiWiw5Q7ynCSJDci+jDDOE00njko=\"")
        buildConfigField("String", "ANALYTICS_WRITE_KEY", "\"3xU9eCYCypjoIBi7R3jORwdevlz0WjgY\"")
        manifestPlaceholders["appAuthRedirectScheme"] = "nl.example.fietsapp"
    }
}
