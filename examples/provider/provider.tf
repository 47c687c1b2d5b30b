terraform {
  required_providers {
    litmos = {
      source  = "litmos-oss/litmos"
      version = "~> 0.1"
    }
  }
}

# Credentials usually come from the environment: LITMOS_API_KEY and LITMOS_SOURCE for Litmos,
# CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET for ConductorOne.
provider "litmos" {
  region              = "eu"
  requests_per_minute = 100
}
