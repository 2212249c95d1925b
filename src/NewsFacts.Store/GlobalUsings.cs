// The store uses the library's stages.
global using NewsFacts.Checking;
global using NewsFacts.Claims;
global using NewsFacts.Data;
global using NewsFacts.Reading;
global using NewsFacts.Recognition;
global using NewsFacts.Repair;
global using NewsFacts.Reports;
global using NewsFacts.Stories;
global using NewsFacts.Text;
