//! The OpenAPI 3.1 document of the JSON API, served at `/api/v1/openapi.json`.
//!
//! Written by hand next to the routes; `tests.rs` checks that every route in [`ROUTES`]
//! answers and that the document lists exactly those routes.

use serde_json::{json, Value};

/// Every API route as (method, OpenAPI path). The router registers these paths.
#[cfg(test)]
pub(crate) const ROUTES: &[(&str, &str)] = &[
    ("get", "/stories"),
    ("get", "/stories/{id}"),
    ("get", "/stories/{id}/trace"),
    ("get", "/stories/{id}/claims/{claim_id}/graph"),
    ("get", "/articles/{id}"),
    ("get", "/search"),
    ("get", "/outlets"),
    ("post", "/ingest"),
    ("get", "/openapi.json"),
];

fn error_response(description: &str) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

fn ok(description: &str, schema: Value) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema}}})
}

fn param(name: &str, location: &str, description: &str, required: bool) -> Value {
    json!({"name": name, "in": location, "required": required, "description": description, "schema": {"type": "string"}})
}

pub(crate) fn document() -> Value {
    let codes: Vec<&str> = jejak_model::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let list_params = vec![
        param("limit", "query", "At most this many stories (1–200, default 50).", false),
        param("cursor", "query", "`next_cursor` of the previous page.", false),
        param("outlet", "query", "Only stories with an article from this outlet.", false),
        param("lang", "query", "Only stories with an article in this language (id, en).", false),
        param("since", "query", "Only stories active since this date (YYYY-MM-DD or RFC 3339).", false),
    ];
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Jejak API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Stories, articles, quotes and search over a Jejak store. Reads are open; writes need `Authorization: Bearer <token>` (printed once by `jejak serve`). Reads carry ETags."},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/stories": {"get": {"summary": "Latest stories", "parameters": list_params,
                "responses": {"200": ok("A page of stories", json!({"type": "object", "properties": {
                    "stories": {"type": "array", "items": {"$ref": "#/components/schemas/Story"}},
                    "next_cursor": {"type": "string"}}})),
                    "400": error_response("Bad filter or cursor")}}},
            "/stories/{id}": {"get": {"summary": "One story with its articles and their quotes",
                "parameters": [param("id", "path", "Story id", true)],
                "responses": {"200": ok("The story", json!({"type": "object"})), "404": error_response("No such story")}}},
            "/stories/{id}/trace": {"get": {"summary": "The story's claims with provenance (origin, relays, hops, single-source flag) and the coverage comparison between outlets",
                "parameters": [param("id", "path", "Story id", true)],
                "responses": {"200": ok("The story report", json!({"type": "object"})), "404": error_response("No such story")}}},
            "/stories/{id}/claims/{claim_id}/graph": {"get": {"summary": "One claim's provenance graph",
                "parameters": [param("id", "path", "Story id", true), param("claim_id", "path", "Claim id", true),
                               param("format", "query", "dot (default), graphml or svg", false)],
                "responses": {"200": {"description": "The graph"}, "404": error_response("No such story or claim")}}},
            "/articles/{id}": {"get": {"summary": "One article with its quotes",
                "parameters": [param("id", "path", "Article id", true)],
                "responses": {"200": ok("The article", json!({"type": "object"})), "404": error_response("No such article")}}},
            "/search": {"get": {"summary": "Full-text search with Indonesian and English stemming",
                "parameters": [param("q", "query", "Query words", true), param("limit", "query", "At most this many hits (1–200)", false)],
                "responses": {"200": ok("Hits, best first", json!({"type": "object"})), "400": error_response("Missing or empty query")}}},
            "/outlets": {"get": {"summary": "Outlets and their article counts",
                "responses": {"200": ok("Outlets", json!({"type": "object"}))}}},
            "/ingest": {"post": {"summary": "Ingest one uploaded file or pasted page text (HTML, text or JSONL)",
                "security": [{"bearer": []}],
                "parameters": [param("name", "query", "File name, shown in errors", false), param("outlet", "query", "Outlet of pages that do not name one", false)],
                "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": ok("What the run did", json!({"type": "object"})), "400": error_response("Nothing readable in the body"),
                              "401": error_response("Missing or wrong token"), "413": error_response("Body too large"), "429": error_response("Too many writes")}}},
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": ok("OpenAPI document", json!({"type": "object"}))}}}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "required": ["code", "message", "type"], "properties": {
                    "code": {"type": "string", "enum": codes}, "message": {"type": "string"}, "type": {"type": "string"}}},
                "Story": {"type": "object", "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"},
                    "first_seen": {"type": ["string", "null"], "format": "date-time"},
                    "last_seen": {"type": ["string", "null"], "format": "date-time"},
                    "outlets": {"type": "array", "items": {"type": "string"}},
                    "languages": {"type": "array", "items": {"type": "string"}},
                    "article_ids": {"type": "array", "items": {"type": "string"}}}}
            }
        }
    })
}
