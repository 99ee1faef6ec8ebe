import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { generateOrg } from './generate-org';
import { markSubmitted, probePage } from './paint-probe';
import { toJsonSchema } from './to-json-schema';

// rjsf's per-field messages (the error list at the top appears in the same commit).
probePage({ errors: '.error-detail', end: 'form.rjsf button[type="submit"]' });

const { schema, uiSchema } = toJsonSchema(generateOrg());

const container = document.getElementById('root');
if (!container) throw new Error('rjsf-form.html has no #root element');
// rjsf's documented defaults, with native validation off so its own errors show (as ours do).
createRoot(container).render(
  <StrictMode>
    <Form
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      noHtml5Validate
      onSubmit={() => markSubmitted()}
    />
  </StrictMode>,
);
