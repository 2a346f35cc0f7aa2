/**
 * Tool and technique names that catalogues use as skill tags and that the skill
 * vocabulary does not spell: products ("Microsoft Excel", "Tableau"), US spellings of
 * labelled techniques ("Data Visualization"), methods ESCO files under a broader skill
 * ("Linear Regression" under statistics). Each name maps to the English label of the one
 * skill a course tagged with it teaches as a core skill, judged by reading both; names
 * too broad to stand for one skill ("Leadership", "Marketing", "agile") are left out on
 * purpose. A label absent from the vocabulary (sample sources) leaves its names unmapped.
 */
export const TOOL_NAMES: ReadonlyArray<readonly [label: string, names: readonly string[]]> = [
  ['deliver visual presentation of data', ['Data Visualization', 'Data Visualisation', 'Data Visualization Software', 'Interactive Data Visualization']],
  ['use spreadsheets software', ['Microsoft Excel', 'Excel', 'Excel Formulas', 'Pivot Table', 'Spreadsheet Software', 'Spreadsheets', 'Google Sheets']],
  ['program a CNC controller', ['CNC Programming', 'CNC Machining']],
  ['operating systems', ['Linux', 'Unix', 'Linux Administration', 'Operating System']],
  ['use scripting programming', ['Bash (Unix Shell)', 'Shell Script', 'Shell Scripting', 'Powershell']],
  ['R', ['R Programming', 'R (Software)', 'Rstudio', 'R Markdown']],
  ['Python (computer programming)', ['Pandas', 'Numpy']],
  ['computer programming', ['C Programming', 'C (Programming Language)']],
  ['JavaScript', ['Node.Js']],
  ['JavaScript Framework', ['React', 'React (Web Framework)', 'Angular', 'Vue.js']],
  ['web programming', ['Web Development', 'Front-End Web Development', 'Django (Web Framework)']],
  ['cloud technologies', [
    'Cloud', 'Cloud Applications', 'Cloud Infrastructure', 'Cloud Native', 'Cloud Platforms', 'Cloud Storage', 'Hybrid Multicloud', 'Serverless',
    'Google Cloud Platform', 'Google Compute Engine', 'Google App Engine (GAE)', 'Microsoft Azure', 'Azure', 'aws', 'AWS cloud',
    'Amazon Web Services', 'Amazon Web Services (AWS)', 'EC2',
  ]],
  ['manage ICT virtualisation environments', ['Docker', 'Kubernetes']],
  ['DevOps', ['Continuous Integration', 'Continuous Delivery', 'CI/CD']],
  ['tools for software configuration management', ['Git', 'Github', 'Git (Software)', 'Version Control']],
  ['execute software tests', ['Software Testing']],
  ['develop automated software tests', ['Test-Driven Development', 'Test Automation']],
  ['Agile development', ['Agile Software Development']],
  ['Agile project management', ['Agile Management', 'Scrum', 'Scrum (Software Development)', 'Scrum Master', 'Kanban']],
  ['project management', ['Project Planning']],
  ['business intelligence', ['Tableau Software', 'Tableau', 'Power BI', 'Microsoft Power BI']],
  ['data analytics', ['Data Science', 'Business Analytics']],
  ['manage data', ['Data Management']],
  ['statistics', [
    'Statistical Hypothesis Testing', 'Hypothesis Testing', 'Linear Regression', 'Regression Analysis', 'Regression', 'Logistic Regression',
    'Statistical Inference',
  ]],
  ['machine learning', ['Tensorflow', 'Keras', 'PyTorch', 'Scikit-Learn', 'Supervised Learning', 'Unsupervised Learning', 'Reinforcement Learning', 'Decision Tree', 'Feature Engineering']],
  ['artificial neural networks', ['Convolutional Neural Network']],
  ['principles of artificial intelligence', ['Generative AI']],
  ['ICT encryption', ['Cryptography']],
  ['cyber attack counter-measures', ['Cyberattacks']],
  ['ensure information security', ['Information Security (INFOSEC)', 'Information Security']],
  ['human resource management', ['Human Resources (HR)', 'Human Resource Management (HRM)']],
  ['digital marketing techniques', ['Digital Marketing']],
  ['social media marketing techniques', ['Social Media Marketing']],
  ['create prototype of user experience solutions', ['Figma', 'Adobe XD']],
  ['use methodologies for user-centered design', ['User Experience (UX)', 'User Experience Design (UXD)', 'User Experience Design', 'UX Design', 'UX Research', 'User Research']],
  ['NoSQL', ['Mongodb']],
  ['customer relationship management', ['Salesforce', 'CRM']],
];
