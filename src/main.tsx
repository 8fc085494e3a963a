import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <h1 className="p-4 text-2xl font-bold">Amazon&rsquo;s 2023 privacy settlements, explained</h1>
  </StrictMode>,
);
