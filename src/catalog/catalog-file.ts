/* Generated from catalog/catalog.schema.json by scripts/generate-catalog-types.ts (npm run generate). Do not edit. */

/**
 * One catalog of events and codes. Built-in catalogs live in catalog/; a team's own catalogs live in CATALOG_DIR.
 */
export interface CatalogFile {
$schema?: string
id: string
title: LocalizedText
log?: LocalizedText
notice?: LocalizedText
providers?: string[]
channels?: string[]
links?: {
[k: string]: CatalogFileLink
}
entries: CatalogFileEntry[]
}
export interface LocalizedText {
en: string
ja: string
}
export interface CatalogFileLink {
url: string
title: LocalizedText
}
export interface CatalogFileEntry {
kind: ("event" | "code")
key: string
/**
 * add steps and links to an entry of another catalog instead of defining a new one
 */
extends?: string
name?: string
aliases?: string[]
severity?: ("success" | "info" | "warning" | "error")
log?: string
taskCategory?: string
summary?: LocalizedText
meaning?: LocalizedText
codes?: string[]
steps?: CatalogFileStep[]
links?: (string | CatalogFileLink)[]
keywords?: CatalogFileKeywords
related?: CatalogFileRelation[]
/**
 * event sources that write this entry, when they differ from the catalog's
 */
providers?: string[]
/**
 * message text that identifies this entry (matched case-insensitively)
 */
phrases?: string[]
/**
 * true when the source gives only the name and the meaning is read from it; shown as such
 */
meaningInferred?: boolean
}
export interface CatalogFileStep {
en: string
ja: string
/**
 * true when no source states this; shown as a suggestion
 */
inference?: boolean
}
export interface CatalogFileKeywords {
en?: string[]
ja?: string[]
}
export interface CatalogFileRelation {
/**
 * catalog:kind:key
 */
ref: string
inference?: boolean
note?: LocalizedText
}
