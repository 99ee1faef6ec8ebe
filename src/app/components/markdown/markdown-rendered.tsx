import Markdown, { type Components } from 'react-markdown';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/**
 * Raw HTML is never rendered, and never silently dropped either: `<b>3</b>` typed by a rep (or
 * written by the AI) shows as those characters, the way the textarea holds them.
 */
const htmlAsText = () => (tree: MdNode) => {
  const walk = (node: MdNode) => {
    if (node.type === 'html') node.type = 'text';
    node.children?.forEach(walk);
  };
  walk(tree);
};
const remarkPlugins = [htmlAsText];

/**
 * Headings inside a form section or the success view start below the page's own (h2/h3), and
 * links leave the form's tab.
 */
const components: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/** The Markdown renderer, in its own chunk: markdown-view.tsx loads it when text is shown. */
export default function MarkdownRendered({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} components={components}>
      {text}
    </Markdown>
  );
}
