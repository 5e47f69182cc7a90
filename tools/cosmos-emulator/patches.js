// Fixes where @vercel/cosmosdb-server 1.0.1 differs from Cosmos DB in ways the .NET SDK relies on.
// Each patch must be applied before "@vercel/cosmosdb-server" itself is required: its route table
// captures the handlers when it loads.
"use strict";

const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");
const { default: partitionHeader, parsePartitionKey } = require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header");

// Reading a document that does not exist answers 500 ("Cannot read properties of undefined") instead of
// Cosmos DB's 404 NotFound, which the SDK turns into CosmosException(NotFound). Answer 404 for a missing one.
function patchMissingDocumentRead() {
  const original = readDocument.default;
  readDocument.default = (account, req, res, params) => {
    const collection = account.database(params.dbId).collection(params.collId);
    const header = partitionHeader(req);
    if (collection.read() && header && !collection.document(params.docId, parsePartitionKey(header, params.docId)).read()) {
      res.statusCode = 404;
      return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
    }
    return original(account, req, res, params);
  };
}

module.exports = { patchMissingDocumentRead };
