// Checks the JSON Schemas of schemas/ with ajv, a validator other than the NJsonSchema the suite uses.
//
//   node scripts/validate-schemas.mjs
//     Each file must be a valid draft-07 document (ajv's validateSchema against the draft-07 meta-schema), and all files
//     must compile together, so every $ref between them resolves. Prints one line per file; exits 1 on any failure.
//
//   node scripts/validate-schemas.mjs --schemas <folder>
//     The same check of another folder of schema files (tests use it to show that a broken file is caught).
//
//   node scripts/validate-schemas.mjs --verdicts <schema file name>  < instances.json
//     Reads a JSON array of instances on stdin and prints a JSON array of booleans: ajv's verdict on each, so tests can
//     compare it with the C# loader's.
//
// No network: every $ref is resolved among the files of schemas/ by their $id.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

let Ajv;
try {
  Ajv = require('ajv').default;
} catch {
  console.error(`ajv is not installed under ${join(root, 'node_modules')}: build the solution first or run 'npm ci' in ${root}.`);
  process.exit(2);
}

const schemasIndex = process.argv.indexOf('--schemas');
const schemaDir = schemasIndex < 0 ? join(root, 'schemas') : process.argv[schemasIndex + 1];
const files = readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort();
const schemas = new Map(files.map((name) => [name, JSON.parse(readFileSync(join(schemaDir, name), 'utf8'))]));

// strict: every unknown keyword or ambiguous construct is an error; allErrors: report them all.
const ajv = new Ajv({ strict: true, allErrors: true });
const failures = [];
for (const [name, schema] of schemas) {
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') {
    failures.push(`${name}: "$schema" is ${JSON.stringify(schema.$schema)}, expected draft-07`);
  } else if (!ajv.validateSchema(schema)) {
    failures.push(`${name}: not a valid draft-07 schema: ${ajv.errorsText(ajv.errors)}`);
  }
}
if (failures.length === 0) {
  for (const schema of schemas.values()) {
    ajv.addSchema(schema);
  }
  for (const [name, schema] of schemas) {
    try {
      ajv.getSchema(schema.$id);
    } catch (error) {
      failures.push(`${name}: does not compile with the other files: ${error.message}`);
    }
  }
}

const verdictsIndex = process.argv.indexOf('--verdicts');
if (failures.length > 0) {
  failures.forEach((failure) => console.error(failure));
  process.exit(1);
} else if (verdictsIndex < 0) {
  files.forEach((name) => console.log(`ok ${name} (draft-07, references resolved)`));
} else {
  const name = process.argv[verdictsIndex + 1];
  if (!schemas.has(name)) {
    console.error(`no schema file '${name}' in ${schemaDir}; the files are: ${files.join(', ')}`);
    process.exit(2);
  }
  const validate = ajv.getSchema(schemas.get(name).$id);
  const instances = JSON.parse(readFileSync(0, 'utf8'));
  console.log(JSON.stringify(instances.map((instance) => validate(instance))));
}
