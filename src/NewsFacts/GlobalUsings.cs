// The library's stages live in namespaces named after their folders; inside the library every stage sees the others.
global using NewsFacts.Checking;
global using NewsFacts.Claims;
global using NewsFacts.Data;
global using NewsFacts.Reading;
global using NewsFacts.Recognition;
global using NewsFacts.Repair;
global using NewsFacts.Reports;
global using NewsFacts.Stories;
global using NewsFacts.Text;
