import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage } from '../../src/cli/language.js';

test('language: English and French by their function words, title first', () => {
  assert.deepEqual(detectLanguage('Introduction to the Care of Older Adults', 'Describe how to plan care for an older patient'), {
    language: 'en',
    by: 'words',
  });
  assert.deepEqual(detectLanguage('Introduction aux soins des aînés', 'Décrire les besoins des personnes et planifier les soins avec votre équipe'), {
    language: 'fr',
    by: 'words',
  });
  // A Spanish title with outcomes left in English is still a Spanish course.
  assert.equal(
    detectLanguage('Gestión de los proyectos con las metodologías ágiles', 'Plan the work of the team and track it with the tools you know').language,
    'other',
  );
});

test('language: Spanish, Portuguese, German and Italian are "other"', () => {
  assert.equal(detectLanguage('Análisis de datos', 'Aprenderás cómo limpiar y visualizar los datos con las herramientas más usadas').language, 'other');
  assert.equal(detectLanguage('Gestão de projetos', 'Você vai aprender como planejar os projetos com uma equipe e não perder prazos').language, 'other');
  assert.equal(
    detectLanguage('Grundlagen der Buchhaltung', 'Sie lernen, wie die Bilanz und die Erfolgsrechnung aufgebaut sind und was sie für ein Unternehmen bedeuten')
      .language,
    'other',
  );
  assert.equal(
    detectLanguage('Introduzione alla storia della medicina', 'Il corso presenta le origini della medicina nel mondo antico e gli sviluppi delle scuole')
      .language,
    'other',
  );
});

test('language: module titles, in the language of instruction, are read before outcomes left in English', () => {
  // From the Coursera scrape: a Spanish certificate whose outcomes were scraped in English.
  const title = 'Desarrollador front-end de Meta Professional Certificate';
  const modules = 'Introducción al desarrollo de front-end, Programación con JavaScript, Control de versiones, HTML y CSS en detalle';
  const outcomes =
    'Create a responsive website using HTML to structure content and CSS to handle visual style. Learn to use React in relation to the libraries you know.';
  assert.equal(detectLanguage(title, outcomes).language, 'en');
  assert.equal(detectLanguage(title, modules, outcomes).language, 'other');
  // Accents French does not write ("Módulo", "Análisis") count, and Spanish and Portuguese
  // evidence adds up rather than splitting the vote.
  assert.equal(detectLanguage('Mercados financieros', 'Módulo 1, Módulo 2, Módulo 3, Módulo 4').language, 'other');
  assert.equal(detectLanguage('Cómo crear presentaciones usando Canva', 'Learn step-by-step').language, 'other');
  assert.equal(detectLanguage('Formação sobre a COVID-19', 'Módulo 1: Principais Características, Módulo 2: Identificação dos casos').language, 'other');
  // An English course with one accented name in its modules stays English.
  assert.equal(
    detectLanguage('AI and Public Health', 'Introduction to AI for Good, Air Quality in Bogotá, Measuring the impact of the project').language,
    'en',
  );
});

test('language: non-Latin scripts and catalogue labels', () => {
  assert.deepEqual(detectLanguage('مقدمة في البرمجة'), { language: 'other', by: 'script' });
  assert.deepEqual(detectLanguage('Cloud Fundamentals 日本語版'), { language: 'other', by: 'script' });
  assert.deepEqual(detectLanguage('Основы программирования'), { language: 'other', by: 'script' });
  assert.deepEqual(detectLanguage('Working with Containers en Español'), { language: 'other', by: 'label' });
  assert.deepEqual(detectLanguage('Cloud Security em Português Brasileiro'), { language: 'other', by: 'label' });
  assert.deepEqual(detectLanguage('Digital Marketing en Français'), { language: 'fr', by: 'label' });
  // One Greek letter in an English course is a symbol, not a language.
  assert.equal(detectLanguage('Statistics with the π and σ of it', 'Learn how to estimate the mean and the spread of your data').language, 'en');
});

test('language: unsure when the evidence is thin or mixed', () => {
  assert.deepEqual(detectLanguage('Electric Power Systems'), { language: null, by: 'unsure' });
  assert.equal(detectLanguage('3D CAD Fundamentals', '').language, null);
  // Two languages in equal measure: neither is claimed.
  assert.equal(detectLanguage('Urban Data', 'the city and the data, les données et la ville').language, null);
});

test('language: a guess never depends on letter case, and is always one of the schema values', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 120 }), (title, text) => {
      const guess = detectLanguage(title, text);
      assert.ok([null, 'en', 'fr', 'other'].includes(guess.language));
      assert.deepEqual(detectLanguage(title.toUpperCase(), text.toUpperCase()).language === guess.language || /[ßİıſ]/i.test(title + text), true);
    }),
  );
});
