/* Generated from catalog/catalog.schema.json by scripts/generate-catalog-types.ts (npm run generate). Do not edit. */

/**
 * a hop of the certificate chain: device › Intune › connector › NDES/IIS (with Entra application proxy) › CA
 */
export type Hop = ("device" | "intune" | "connector" | "ndes" | "ca")

/**
 * One catalog of events and codes. Built-in catalogs live in catalog/; a team's own catalogs live in CATALOG_DIR.
 */
export interface CatalogFile {
$schema?: string
id: string
title: LocalizedText
origin?: CatalogFileOrigin
log?: LocalizedText
notice?: LocalizedText
providers?: string[]
channels?: string[]
links?: {
[k: string]: CatalogFileLink
}
entries: CatalogFileEntry[]
/**
 * guided troubleshooting flows
 */
flows?: Flow[]
}
export interface LocalizedText {
en: string
ja: string
}
/**
 * where a catalog file's facts come from, and which entries carry curated next steps
 */
export interface CatalogFileOrigin {
/**
 * the documents the entries are generated from or checked against
 * 
 * @minItems 1
 */
sources: [string, ...(string)[]]
/**
 * the script that writes this file, when it is generated
 */
generator?: string
/**
 * keys of entries with next steps written for this certificate chain
 */
curated: string[]
/**
 * keys of entries that are named and explained from the source only, with no next steps
 */
namedOnly: string[]
notes?: LocalizedText1
}
/**
 * inferences and limits of the file, said once
 */
export interface LocalizedText1 {
en: string
ja: string
}
export interface CatalogFileLink {
url: string
title: LocalizedText
}
export interface CatalogFileEntry {
/**
 * event: a decimal event id; code: 0x hex, a decimal number or HTTP nnn[.sub]; message: text a product shows (its phrases are the key); topic: a how-to answer without a code
 */
kind: ("event" | "code" | "message" | "topic")
key: string
/**
 * add steps and links to an entry of another catalog instead of defining a new one
 */
extends?: string
name?: string
title?: LocalizedText2
aliases?: string[]
severity?: ("success" | "info" | "warning" | "error")
hops?: CatalogFileHops
log?: string
taskCategory?: string
/**
 * event sources that write this entry, when they differ from the catalog's
 */
providers?: string[]
summary?: LocalizedText
meaning?: LocalizedText
/**
 * true when the source gives only the name and the meaning is read from it; shown as such
 */
meaningInferred?: boolean
/**
 * true when the entry's facts come only from a community source; labelled on the card
 */
community?: boolean
/**
 * the Certificate Connector version from which this applies
 */
minConnectorVersion?: string
codes?: string[]
steps?: CatalogFileStep[]
links?: (string | CatalogFileLink)[]
keywords?: CatalogFileKeywords
/**
 * text, as the product shows it, that identifies this entry wherever it appears in a question or a paste (matched without regard to case, spacing or punctuation)
 */
phrases?: string[]
related?: CatalogFileRelation[]
/**
 * meanings that depend on where the code appears, chosen from the words and the log around it
 */
contexts?: CatalogFileContext[]
namespace?: CatalogFileNamespace
}
/**
 * how-to topics and messages: the name shown to people, in each language (name stays the matching key)
 */
export interface LocalizedText2 {
en: string
ja: string
}
/**
 * reportedBy: the hop whose log, console or status shows it; faultAt: the hops usually at fault (empty for a success)
 */
export interface CatalogFileHops {
reportedBy: Hop
/**
 * the hops usually at fault; empty for a success
 */
faultAt: Hop[]
}
export interface CatalogFileStep {
en: string
ja: string
/**
 * true when no source states this; shown as a suggestion
 */
inference?: boolean
/**
 * true when only a community source (not Microsoft) states this; labelled on the card
 */
community?: boolean
/**
 * the deployment path this step applies to; absent when it applies to every path
 */
path?: ("scep" | "pkcs" | "pfx-import")
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
export interface CatalogFileContext {
/**
 * where the code appears: connector setup, connector sign-in, a device (or another SCEP client), NDES/IIS, the CA, the connector at run time, or Intune's cloud service (its validation endpoint, Graph)
 */
context: ("setup" | "signin" | "device" | "ndes" | "ca" | "runtime" | "intune")
/**
 * words or log markers that show this context (matched like phrases)
 * 
 * @minItems 1
 */
cues: [string, ...(string)[]]
summary: LocalizedText
meaning: LocalizedText
steps: CatalogFileStep[]
links?: (string | CatalogFileLink)[]
hops?: CatalogFileHops
community?: boolean
/**
 * true when no source ties the code to this context; shown as a suggestion
 */
inference?: boolean
}
/**
 * the namespace an entry's number lives in: decoded only where the text establishes that namespace
 */
export interface CatalogFileNamespace {
/**
 * error-domain: an Apple NSError domain or a library's error family; event-source: a Windows event provider; http: an HTTP server; exception: a .NET exception
 */
kind: ("error-domain" | "event-source" | "http" | "exception")
/**
 * the domain or source as the product writes it, e.g. MCSCEPErrorDomain
 */
name: string
/**
 * the number as the product writes it inside that namespace
 */
code: string
}
/**
 * a guided troubleshooting flow, or (with extends) steps and links added to a node of another file's flow
 */
export interface Flow {
id: string
/**
 * flow id / node id whose steps and links this adds to
 */
extends?: string
title?: LocalizedText
symptoms?: {
en: string[]
ja: string[]
}
start?: string
nodes?: FlowNode[]
steps?: CatalogFileStep[]
links?: string[]
}
/**
 * a step of a guided flow: a question or a check with answers leading on, or a leaf with steps and entries
 */
export interface FlowNode {
id: string
hop: Hop
kind: ("question" | "check" | "leaf")
text: LocalizedText
check?: FlowCheck
/**
 * @minItems 2
 * @maxItems 4
 */
answers?: [FlowAnswer, FlowAnswer]|[FlowAnswer, FlowAnswer, FlowAnswer]|[FlowAnswer, FlowAnswer, FlowAnswer, FlowAnswer]
steps?: CatalogFileStep[]
/**
 * catalog entry ids a leaf points to, shown as buttons
 */
entries?: string[]
/**
 * keys of this file's links: the sources of the node
 */
links: string[]
/**
 * true when no source states this node; shown as a suggestion
 */
inference?: boolean
}
/**
 * one check: where to look, what to run, what good and bad look like
 */
export interface FlowCheck {
where: LocalizedText
run?: LocalizedText
good?: LocalizedText
bad?: LocalizedText
}
export interface FlowAnswer {
label: LocalizedText
/**
 * the node this answer leads to
 */
next: string
}
